import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBundle } from '../fixtures/bundle.js';
import { DEFECTS, releaseNeeded, type DefectName } from '../fixtures/defects.js';
import { release } from '../fixtures/release.js';
import type { Finding } from '../src/engine/rule.js';
import { lint } from '../src/lint.js';
import { packageRoot } from '../src/package-root.js';
import { corpusUnits } from './eval/corpus.js';
import { writeUnit } from './eval/evaluate.js';
import { scratchDirectory } from './helpers/lint.js';

const CORPUS = join(packageRoot, 'test', 'data', 'real');

/** The signature/consistent findings that repeat a disagreement another one reports: the same kind (version, build, date) and value. */
async function repeated(path: string): Promise<string[]> {
  const result = await lint([path]);
  const seen = new Set<string>();
  return result.results[0]!.findings
    .filter((finding: Finding) => finding.ruleId === 'signature/consistent')
    .flatMap((finding) => {
      const key = `${finding.messageId} ${String(finding.data.version ?? finding.data.build ?? finding.data.date)}`;
      if (!seen.has(key)) {
        seen.add(key);
        return [];
      }
      return [`${path}: ${finding.message}`];
    });
}

describe('signature/consistent reports each disagreement once', () => {
  const directory = scratchDirectory();

  it('in every bundle the fixtures make: each defect, each installer kind', async () => {
    const problems: string[] = [];
    for (const defect of Object.keys(DEFECTS) as DefectName[]) problems.push(...(await repeated(await writeBundle(join(directory, defect), release(releaseNeeded(defect)), [defect]))));
    // Several disagreements at once, under each kind of installer (only an offline bundle's VIB can be dated otherwise by the fixtures).
    for (const installer of ['offline-bundle', 'component', 'vib', 'exe'] as const) {
      const defects: DefectName[] = ['version-in-name-and-folder', 'build-in-folder', 'third-party-files', 'vendor-named-tool', ...(installer === 'offline-bundle' ? (['vib-dated-otherwise'] as const) : [])];
      problems.push(...(await repeated(await writeBundle(join(directory, installer), release({ installer }), defects))));
    }
    expect(problems).toEqual([]);
  }, 300_000);

  it('in the bundle of every unit of the real-document corpus', async () => {
    const problems: string[] = [];
    for (const [index, unit] of corpusUnits(CORPUS).entries()) problems.push(...(await repeated(await writeUnit(unit, CORPUS, join(directory, `unit-${index}`)))));
    expect(problems).toEqual([]);
  }, 300_000);
});
