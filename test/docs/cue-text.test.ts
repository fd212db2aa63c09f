import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { branchText, DIGIT, OPEN, spellOut, type CueBranch } from './cue-text.js';

/** Every text a branch spells out, made concrete: `…` some letters, `#` a digit, a gap some words of the same sentence. */
function examples(branch: CueBranch): string[] {
  return branch.runs.reduce<string[]>(
    (heads, run) => {
      const phrases = run.slots.reduce<string[]>((starts, slot) => starts.flatMap((start) => slot.map((phrase) => (start ? `${start} ${phrase}` : phrase))), ['']);
      const join = run.gapBefore === undefined ? '' : ' a few words ';
      return heads.flatMap((head) => phrases.map((phrase) => head + join + phrase.replaceAll(OPEN, 'xy').replaceAll(DIGIT, '7')));
    },
    [''],
  );
}

const cues = builtinRules.flatMap((rule) => (rule.meta.topic?.cues ?? []).map((cue) => [rule.meta.id, cue] as const));

describe('cues spelt out', () => {
  it.each(cues)('%s: every phrase on the page is one the cue %s accepts', (_, cue) => {
    const rejected = spellOut(cue).flatMap(examples).filter((text) => !cue.test(` ${text} `));
    expect(rejected).toEqual([]);
  });

  it('spells alternatives, optional parts, sets, word ends and gaps', () => {
    expect(spellOut(/\blicen[cs]e (?:key|file)s?\b|\bno (?:support )?contract\b/i).map(branchText)).toEqual([
      '"licence key", "licence keys", "licence file", "licence files", "license key", "license keys", "license file" or "license files"',
      '"no contract" or "no support contract"',
    ]);
    expect(spellOut(/\b(?:collect|gather)\w*\b[^.\n]{0,40}\blogs?\b|version \d/i).map(branchText)).toEqual([
      '"collect…" or "gather…", then within 40 characters of the same sentence, "log" or "logs"',
      `"…version ${DIGIT}…"`,
    ]);
    // A gap over which a version's or a file name's dot does not end the sentence reads as any gap.
    expect(spellOut(/\brequires?\b(?:[^.\n]|\.(?=\d)){0,40}\bor later\b|\bcopy\b(?:[^.\n]|\.(?=\w)){0,40}\bnamed\b/i).map(branchText)).toEqual([
      '"require" or "requires", then within 40 characters of the same sentence, "or later"',
      '"copy", then within 40 characters of the same sentence, "named"',
    ]);
  });

  it('spells what may not stand before or after a run', () => {
    expect(spellOut(/(?<!\b(?:not|never) |n't )\bedit\b[^.\n]{0,60}\.conf\b(?!\.\w*\b|\/)/i).map(branchText)).toEqual([
      `"edit" (not after "not", "never" or "n't"), then within 60 characters of the same sentence, ".conf" (not followed by ".${OPEN}" or "/")`,
    ]);
  });

  it('spells a run of many phrases word by word', () => {
    expect(spellOut(/\b(?:a|b|c|d) (?:e|f|g|h)\b/i).map(branchText)).toEqual(['"a", "b", "c" or "d" followed by "e", "f", "g" or "h"']);
  });

  it('refuses what it cannot spell out, and a cue that is not case-insensitive', () => {
    expect(() => spellOut(/\bwarn(?=ing)/i)).toThrow('cannot spell out a group other than (?:…) at 7 of the cue /\\bwarn(?=ing)/');
    expect(() => spellOut(/log.txt/i)).toThrow('cannot spell out "."');
    expect(() => spellOut(/[a-z]+/i)).toThrow('cannot spell out a character set other than plain letters');
    expect(() => spellOut(/\bknown issues\b/)).toThrow('must have the flag i alone');
  });
});
