import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSparseBundle } from '../../fixtures/scan-inputs.js';
import { tempDirectory } from '../../src/archive/temp.js';
import { lint } from '../../src/lint.js';
import { parseReport, runCli } from '../helpers/cli.js';
import { scratchDirectory } from '../helpers/lint.js';

const directory = scratchDirectory();

describe('limits.maxSeconds stops all reading', () => {
  it('ends a 20 GiB sparse bundle soon after its 2 s, with exactly the time finding', async () => {
    const path = join(directory, 'sparse.zip');
    writeSparseBundle(path, 20 * 2 ** 30);
    const started = Date.now();
    const result = await lint([path], { limits: { maxSeconds: 2 } });
    const seconds = (Date.now() - started) / 1000;
    expect(seconds).toBeLessThan(10);
    const [bundle] = result.results;
    expect(bundle!.findings.map(({ ruleId, messageId, location }) => ({ ruleId, messageId, location }))).toEqual([
      { ruleId: 'archive/bomb', messageId: 'time', location: { path: 'hole.bin' } },
    ]);
    // Not read to its end, the bundle has no SHA-256 to show.
    expect(bundle!.sha256).toBe('');
    expect(tempDirectory()).toBeUndefined();
  }, 120_000);

  it('writes a JSON report of the schema with an empty sha256, through the CLI', () => {
    const path = join(directory, 'sparse-cli.zip');
    writeSparseBundle(path, 20 * 2 ** 30);
    const config = join(directory, 'max-seconds.json');
    writeFileSync(config, JSON.stringify({ limits: { maxSeconds: 1 } }));
    const run = runCli(['lint', path, '--format', 'json', '--config', config]);
    expect(run.code).toBe(1);
    const [bundle] = parseReport(run.stdout).results;
    expect(bundle!.sha256).toBe('');
    expect(bundle!.findings.map((finding) => finding.ruleId)).toEqual(['archive/bomb']);
  }, 60_000);
});
