import { stemmer } from 'stemmer';

/**
 * Words reduced to their stems (Porter's algorithm, the `stemmer` package), so that a topic's
 * vocabulary matches "requirement", "requires" and "required" alike, and "Installing" as
 * "installation".
 */

/** A word: letters and digits; an apostrophe or a hyphen splits ("what's" → what, s). */
const WORD = /[\p{L}\p{N}]+/gu;
/** Stems already computed: documents repeat their words, and stemming costs a few microseconds a word. */
const stems = new Map<string, string>();
/** Bound on the cache: a hostile document's millions of distinct words must not fill memory. */
const CACHE_SIZE = 50_000;

/** The stem of one word, in lower case; numbers and words of one or two letters stay as they are. */
export function stemOf(word: string): string {
  const lower = word.toLowerCase();
  let stem = stems.get(lower);
  if (stem === undefined) {
    stem = lower.length > 2 && /^[a-z]+$/.test(lower) ? stemmer(lower) : lower;
    if (stems.size < CACHE_SIZE) stems.set(lower, stem);
  }
  return stem;
}

/** The stems of a text's words, in order. */
export function stemsOf(text: string): string[] {
  return Array.from(text.matchAll(WORD), (match) => stemOf(match[0]));
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
