import { stemmer } from 'stemmer';

/**
 * Words reduced to their stems (Porter's algorithm, the `stemmer` package), so that a topic's
 * vocabulary matches "requirement", "requires" and "required" alike, and "Installing" as
 * "installation".
 */

/** A word is made of letters and digits; an apostrophe or a hyphen splits ("what's" → what, s). */
const LETTER = /[\p{L}\p{N}]/u;
/** Stems already computed: documents repeat their words, and stemming costs a few microseconds a word. */
const stems = new Map<string, string>();
/** Bound on the cache: a hostile document's millions of distinct words must not fill memory. */
const CACHE_SIZE = 50_000;

/** The stem of one word, in lower case; numbers and words of one or two letters stay as they are. */
export function stemOf(word: string): string {
  // Looked up as written first: most words repeat, and lower-casing each would make garbage of a long text.
  let stem = stems.get(word);
  if (stem === undefined) {
    const lower = word.toLowerCase();
    // A word without a vowel is an abbreviation, not an English word: Porter would take "TLS" for a plural ("tl", as in "TL;DR") and "https" for "http";
    // an abbreviation's plural is written with a small s ("VMs").
    const abbreviation = !/[aeiouy]/.test(lower);
    stem = abbreviation && /^[A-Z]{2,}s$/.test(word) ? lower.slice(0, -1) : (stems.get(lower) ?? (lower.length > 2 && !abbreviation && /^[a-z]+$/.test(lower) ? stemmer(lower) : lower));
    if (stems.size < CACHE_SIZE) stems.set(word, stem);
  }
  return stem;
}

/** The stems of a text's words, in order. */
export function stemsOf(text: string): string[] {
  const stems: string[] = [];
  forEachWord(text, (word) => stems.push(stemOf(word)));
  return stems;
}

/** The distinct stems of a text's words, and how many words it has: what a long section is read for, without a list of all its words. */
export function stemSet(text: string): { readonly stems: Set<string>; readonly words: number } {
  const stems = new Set<string>();
  let words = 0;
  forEachWord(text, (word) => {
    words += 1;
    stems.add(stemOf(word));
  });
  return { stems, words };
}

/**
 * Calls `visit` with each word; ASCII is scanned by character code, without a match object per
 * word. A URL (`https://…` up to a space) is no words of the text: its scheme is not "HTTPS" said,
 * nor its path words a reader reads ("…/docs/encryption/").
 */
function forEachWord(text: string, visit: (word: string) => void): void {
  let start = -1;
  for (let at = 0; at <= text.length; at += 1) {
    const code = at < text.length ? text.charCodeAt(at) : 32;
    const inWord = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || (code > 127 && LETTER.test(text[at]!));
    if (inWord && start < 0) start = at;
    else if (!inWord && start >= 0) {
      if (code === 58 && text.charCodeAt(at + 1) === 47 && text.charCodeAt(at + 2) === 47) {
        // A scheme: the URL runs to the next space.
        while (at < text.length && text.charCodeAt(at) > 32) at += 1;
      } else visit(text.slice(start, at));
      start = -1;
    }
  }
}

/** Whether `phrase` (stems) occurs in `words` (stems) as consecutive words. */
export function hasPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  for (let at = 0; at + phrase.length <= words.length; at += 1) {
    let offset = 0;
    while (offset < phrase.length && words[at + offset] === phrase[offset]) offset += 1;
    if (offset === phrase.length) return true;
  }
  return false;
}
