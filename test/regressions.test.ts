import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../src/package-root.js';
import { findingsOf } from './helpers/lint.js';

const REGRESSIONS = join(packageRoot, 'test', 'regressions');

/**
 * Inputs `npm run fuzz` found failing, with what they must give now. Each `.txt` beside its
 * input says what the mutation was and how it failed.
 */
const EXPECTED: Record<string, [string, string, string][]> = {
  // ZIP64 fields turned into offsets past 2^53: fs.read threw out of yauzl's callback and killed the process.
  'seed-2-mutant-639.zip': [['archive/unreadable', '', 'archive']],
  'seed-2-mutant-1797.zip': [['archive/unreadable', '', 'archive']],
  'seed-2-mutant-2185.zip': [['archive/unreadable', '', 'archive']],
  'seed-2-mutant-2273.zip': [['archive/unreadable', '', 'archive']],
};

describe('fuzzing regressions', () => {
  it('has an expectation for every saved input', () => {
    expect(readdirSync(REGRESSIONS).filter((name) => name.endsWith('.zip')).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s gives findings, not a crash', async (name, expected) => {
    const findings = await findingsOf(join(REGRESSIONS, name));
    expect(findings.map(({ ruleId, location, messageId }) => [ruleId, location.path, messageId])).toEqual(expected);
  });
});
