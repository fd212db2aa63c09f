import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../src/package-root.js';
import { corpusUnits } from './eval/corpus.js';
import { evaluate } from './eval/evaluate.js';
import { figuresOf, type Figures } from './eval/report.js';
import { scratchDirectory } from './helpers/lint.js';

const CORPUS = join(packageRoot, 'test', 'data', 'real');

/** Every figure of `guard` that `figures` falls below, by its path. */
export function regressions(figures: Figures, guard: Figures, path = ''): string[] {
  return Object.entries(guard).flatMap(([key, floor]) => {
    const value = (figures as unknown as Record<string, unknown>)[key];
    if (floor !== null && typeof floor === 'object') return regressions(value as Figures, floor as Figures, `${path}${key}.`);
    if (floor === undefined || floor === null) return [];
    return typeof value === 'number' && value >= floor ? [] : [`${path}${key}: ${String(value)} < ${floor}`];
  });
}

describe('the real-document corpus (regression guard; npm run eval prints the table)', () => {
  const directory = scratchDirectory();

  it('reads the test part no worse than the figures recorded in eval-guard.json', async () => {
    const guard = JSON.parse(readFileSync(join(CORPUS, 'eval-guard.json'), 'utf8')) as Figures;
    const evaluation = await evaluate(corpusUnits(CORPUS).filter((unit) => unit.part === 'test'), CORPUS, directory);
    expect(regressions(figuresOf(evaluation), guard)).toEqual([]);
  }, 120_000);

  it('sees a figure that falls', () => {
    const guard = { roles: { all: 0.95 }, rules: { 'eula/present': { precision: 0.9, recall: undefined } }, title: 0.5, version: undefined, date: 1 } as unknown as Figures;
    const figures = { roles: { all: 0.9 }, rules: { 'eula/present': { precision: 0.95, recall: 1 } }, title: 0.5, version: 0.2, date: undefined } as unknown as Figures;
    expect(regressions(figures, guard)).toEqual(['roles.all: 0.9 < 0.95', 'date: undefined < 1']);
  });
});
