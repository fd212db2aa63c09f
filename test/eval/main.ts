/**
 * `npm run eval [-- --errors]`: lints each document (or set of pages) of the real-document corpus
 * as the documentation of an otherwise compliant bundle, and prints, for the development and the
 * test part (and the test part as first drawn, before later additions), how the roles, titles, versions and dates read from it, and each document rule's
 * findings, compare with the labels. `--errors` lists the development part's mistakes (never the
 * test part's: nobody tunes on it). `--write-guard` records the test part's figures for the
 * regression guard (test/eval.test.ts).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { packageRoot } from '../../src/package-root.js';
import { corpusUnits } from './corpus.js';
import { combined, evaluate } from './evaluate.js';
import { errorsOf, figuresOf, table } from './report.js';

export const CORPUS = join(packageRoot, 'test', 'data', 'real');
export const GUARD = join(CORPUS, 'eval-guard.json');

const { values } = parseArgs({ options: { errors: { type: 'boolean', default: false }, 'write-guard': { type: 'boolean', default: false } } });
const scratch = await mkdtemp(join(tmpdir(), 'bundlelint-eval-'));
try {
  const units = corpusUnits(CORPUS);
  const started = Date.now();
  const development = await evaluate(units.filter((unit) => unit.part === 'development'), CORPUS, join(scratch, 'development'));
  // The test part as first drawn, before documents were added (the figures earlier work was measured on), and the whole test part, each unit linted once.
  const firstDraw = units.filter((unit) => unit.part === 'test' && unit.firstDraw);
  const testFirstDraw = await evaluate(firstDraw, CORPUS, join(scratch, 'test-first-draw'));
  const test = combined([testFirstDraw, await evaluate(units.filter((unit) => unit.part === 'test' && !unit.firstDraw), CORPUS, join(scratch, 'test-added'))]);
  const count = (part: string, of = units) => of.filter((unit) => unit.part === part).reduce((sum, unit) => sum + unit.documents.length, 0);
  console.log(table([[`development (${count('development')} documents)`, development], [`test (${count('test')} documents)`, test], [`test, first draw (${count('test', firstDraw)} documents)`, testFirstDraw]]));
  console.log(`\n${units.length} bundles linted in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (values.errors) console.log(`\nMistakes on the development part:\n${errorsOf(development)}`);
  if (values['write-guard']) {
    await writeFile(GUARD, `${JSON.stringify(figuresOf(test), null, 2)}\n`);
    console.log(`\nWrote the test part's figures to ${GUARD}`);
  }
} finally {
  await rm(scratch, { recursive: true, force: true });
}
