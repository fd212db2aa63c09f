/** The lines of a text, trimmed, one at a time: a reader that stops early does not split the whole text. */
export function* textLines(text: string): Generator<string> {
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf('\n', start);
    yield text.slice(start, end < 0 ? text.length : end).trim();
    start = end < 0 ? text.length : end + 1;
  }
}

/** Where a sentence ends inside a line: a stop and a capital ("…to the host. Then run…"). */
const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z`"'])/;

/** The sentences of one line: what a reader takes as one instruction each. */
export function sentencesOf(line: string): string[] {
  return line.split(SENTENCE_END);
}
