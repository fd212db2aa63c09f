/**
 * A topic's cues spelt out for its page: the phrases each regular expression accepts, instead
 * of the expression. Cues use a small subset of the syntax (words, `(?:a|b)`, `x?`, `[cs]`,
 * `\b`, `\d`, `\w*` or `\w+`, and `[^.\n]{0,80}` for "within 80 characters of the same sentence", or
 * `(?:[^.\n]|\.(?=\d)){0,80}` for the same where a version's dot ("7.0") does not end the sentence (`\.(?=\w)`: nor a file
 * name's, "configuration_example.py"), and
 * `(?<!…)` / `(?!…)` of such words for what may not come before or after a run of phrases: "not after", "not followed by");
 * anything else throws, so a new kind of cue is noticed when the pages are generated.
 */

/** Where a word ends (`\b`), while phrases are built; dropped from the text. */
const EDGE = '\u0000';
/** Where a word may go on: `\w*` (`\w+`, a word of its own), or a word end without `\b`. */
export const OPEN = '…';
/** A digit (`\d`). */
export const DIGIT = '#';
/** More phrases than this in one list are spelt word by word ("a" or "b" followed by "c" or "d"). */
const LIST_LIMIT = 12;

/** One branch of a cue: runs of phrases, each run up to `gapBefore` characters of the same sentence after the one before. */
export interface CueBranch {
  readonly runs: readonly Run[];
}

/** Phrases in a row: a choice of phrases for each word slot, the slots separated by spaces; what may not stand before or after them. */
export interface Run {
  readonly gapBefore?: number;
  readonly slots: readonly (readonly string[])[];
  readonly notAfter?: readonly string[];
  readonly notBefore?: readonly string[];
}

/** A part of a cue: the phrases it may be, or a gap of up to `gap` characters of the same sentence. */
type Words = { readonly phrases: readonly string[] };
/** A negative look-behind (`after`) or look-ahead: phrases that may not stand there. */
type Exclusion = { readonly not: 'after' | 'before'; readonly phrases: readonly string[] };
type Item = Words | Exclusion | { readonly gap: number };
const isWords = (item: Item): item is Words => 'phrases' in item && !('not' in item);
const isExclusion = (item: Item): item is Exclusion => 'not' in item;

/** The branches of a case-insensitive cue, as phrases. */
export function spellOut(cue: RegExp): CueBranch[] {
  if (cue.flags !== 'i') throw new Error(`/${cue.source}/${cue.flags}: cues are spelt out as case-insensitive, so must have the flag i alone`);
  return new CueParser(cue.source).branches().map((items) => ({ runs: runsOf(items) }));
}

/** A branch in words: `"a" or "b" followed by "c", then within 80 characters of the same sentence, "d"`. */
export function branchText(branch: CueBranch): string {
  return branch.runs
    .map(
      (run) =>
        `${run.gapBefore === undefined ? '' : `then within ${run.gapBefore} characters of the same sentence, `}${run.slots.map(choice).join(' followed by ')}` +
        `${run.notAfter ? ` (not after ${choice(run.notAfter)})` : ''}${run.notBefore ? ` (not followed by ${choice(run.notBefore)})` : ''}`,
    )
    .join(', ');
}

function choice(phrases: readonly string[]): string {
  const quoted = phrases.map((phrase) => `"${phrase}"`);
  return quoted.length === 1 ? quoted[0]! : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

/** The items of a branch grouped into runs at its gaps; a run with too many phrases is split into word slots at its spaces. */
function runsOf(items: readonly Item[]): Run[] {
  const runs: { gapBefore?: number; items: Words[]; notAfter?: string[]; notBefore?: string[] }[] = [{ items: [] }];
  for (const item of items) {
    const run = runs.at(-1)!;
    if (isExclusion(item)) {
      const phrases = item.phrases.map((phrase) => phrase.replaceAll(EDGE, '').trim());
      // A look-behind before the run's phrases says what may not precede them; any other, what may not follow.
      if (item.not === 'after' && run.items.length === 0) run.notAfter = phrases;
      else run.notBefore = phrases;
    } else if (isWords(item)) run.items.push(item);
    else runs.push({ gapBefore: item.gap, items: [] });
  }
  return runs.map(({ gapBefore, items: words, notAfter, notBefore }) => {
    const slots = product(words).length <= LIST_LIMIT ? [words] : splitAtSpaces(words);
    const phrases = slots.map((slot, index) => finished(product(slot), index > 0, index < slots.length - 1));
    return { ...(gapBefore !== undefined && { gapBefore }), slots: phrases, ...(notAfter && { notAfter }), ...(notBefore && { notBefore }) };
  });
}

function splitAtSpaces(items: readonly Words[]): Words[][] {
  const slots: Words[][] = [[]];
  for (const item of items) {
    if (item.phrases.length === 1 && item.phrases[0] === ' ') slots.push([]);
    else slots.at(-1)!.push(item);
  }
  return slots;
}

function product(items: readonly Words[]): string[] {
  return items.reduce<string[]>((heads, item) => heads.flatMap((head) => item.phrases.map((tail) => head + tail)), ['']);
}

/**
 * Phrases as shown: edges dropped, `…` where the phrase is part of a longer word, and a phrase
 * left out when a shorter open one covers it ("mean…" covers "means…", "…" alone nothing). An end is open when a
 * word character has neither `\b`, a space nor the side of a word slot beside it, or when `\b`
 * stands beside a character that is not one (`\b\.NET` needs a word before the dot: "ASP.NET").
 */
function finished(phrases: readonly string[], boundedStart: boolean, boundedEnd: boolean): string[] {
  const shown = phrases.map((phrase) => {
    const text = phrase.replaceAll(EDGE, '').trim();
    const openStart = !boundedStart && isOpen(phrase[0], text[0]);
    const openEnd = !boundedEnd && isOpen(phrase.at(-1), text.at(-1));
    return `${openStart ? OPEN : ''}${text}${openEnd ? OPEN : ''}`;
  });
  const unique = [...new Set(shown)];
  // A bare "…" (any word) covers nothing: the phrases beside it say which words, quoted or hyphenated, it stands among.
  return unique.filter((phrase) => !unique.some((other) => other !== phrase && other !== OPEN && other.endsWith(OPEN) && phrase.startsWith(other.slice(0, -1))));
}

/** Whether a phrase's end joins a longer word: `outer` is its first or last character as built, `shown` as printed. */
function isOpen(outer: string | undefined, shown: string | undefined): boolean {
  if (outer === undefined || shown === undefined || shown === OPEN) return false;
  const word = /[\p{L}\d#]/u;
  return outer === EDGE ? !word.test(shown) : !/\s/.test(outer) && word.test(shown);
}

/** `[^.\n]{0,80}`: up to 80 characters of the same sentence (a dot before a digit or a letter, a version's or a file name's, ends none). */
const GAP = /(?:\[\^\.\\n\]|\(\?:\[\^\.\\n\]\|\\\.\(\?=\\[dw]\)\))\{0,(\d+)\}/y;

/** A recursive-descent reader of the cue subset. */
class CueParser {
  private at = 0;

  constructor(private readonly source: string) {}

  branches(): Item[][] {
    const branches = this.alternatives();
    if (this.at < this.source.length) this.fail(`"${this.source[this.at]}"`);
    return branches;
  }

  private alternatives(): Item[][] {
    const branches = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at += 1;
      branches.push(this.sequence());
    }
    return branches;
  }

  private sequence(): Item[] {
    const items: Item[] = [];
    while (this.at < this.source.length && !'|)'.includes(this.source[this.at]!)) items.push(this.item());
    return items;
  }

  private item(): Item {
    GAP.lastIndex = this.at;
    const gap = GAP.exec(this.source);
    if (gap) {
      this.at = GAP.lastIndex;
      return { gap: Number(gap[1]) };
    }
    const exclusion = this.exclusion();
    if (exclusion) return exclusion;
    const phrases = this.atom();
    if (this.source[this.at] !== '?') return { phrases };
    this.at += 1;
    return { phrases: ['', ...phrases] };
  }

  /** `(?<!…)` or `(?!…)` of plain phrases. */
  private exclusion(): Exclusion | undefined {
    const opening = ['(?<!', '(?!'].find((open) => this.source.startsWith(open, this.at));
    if (!opening) return undefined;
    this.at += opening.length;
    const inner = this.alternatives();
    if (this.source[this.at] !== ')') this.fail('an unclosed group');
    this.at += 1;
    const phrases = inner.flatMap((items) => (items.every(isWords) ? product(items) : this.fail('a gap inside a look-around')));
    return { not: opening === '(?<!' ? 'after' : 'before', phrases };
  }

  private atom(): readonly string[] {
    const char = this.source[this.at]!;
    this.at += 1;
    if (char === '(') {
      if (!this.source.startsWith('?:', this.at)) this.fail('a group other than (?:…)');
      this.at += 2;
      const inner = this.alternatives();
      if (this.source[this.at] !== ')') this.fail('an unclosed group');
      this.at += 1;
      return inner.flatMap((items) => (items.every(isWords) ? product(items) : this.fail('a gap inside a group')));
    }
    if (char === '[') {
      const end = this.source.indexOf(']', this.at);
      const members = end < 0 ? [] : [...this.source.slice(this.at, end)];
      if (members.length === 0 || members.some((member) => '^-\\'.includes(member))) this.fail('a character set other than plain letters');
      this.at = end + 1;
      return members;
    }
    if (char === '\\') return this.escape();
    if ('.^$*+?{}'.includes(char)) this.fail(`"${char}"`);
    return [char];
  }

  private escape(): readonly string[] {
    const char = this.source[this.at]!;
    this.at += 1;
    if (char === 'b') return [EDGE];
    if (char === 'd') return [DIGIT];
    if (char === 'w' && (this.source[this.at] === '*' || this.source[this.at] === '+')) {
      this.at += 1;
      return [OPEN];
    }
    if (/[^\p{L}\d\s]/u.test(char)) return [char];
    return this.fail(`\\${char}`);
  }

  private fail(what: string): never {
    throw new Error(`cannot spell out ${what} at ${this.at} of the cue /${this.source}/`);
  }
}
