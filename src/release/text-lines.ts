/** The lines of a text, trimmed, one at a time: a reader that stops early does not split the whole text. */
export function* textLines(text: string): Generator<string> {
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf('\n', start);
    yield text.slice(start, end < 0 ? text.length : end).trim();
    start = end < 0 ? text.length : end + 1;
  }
}
