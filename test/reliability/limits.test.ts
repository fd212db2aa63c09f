import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSparseBundle } from '../../fixtures/scan-inputs.js';
import { defaultLimits } from '../../src/archive/limits.js';
import { tempDirectory } from '../../src/archive/temp.js';
import { readBundle } from '../../src/scan/read.js';
import { DocumentError } from '../../src/documents/document-error.js';
import { lint } from '../../src/lint.js';
import { parseReport, runCli } from '../helpers/cli.js';
import { generated, scratchDirectory } from '../helpers/lint.js';

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

  it('stops a document being read again once the time is out', async () => {
    const session = await readBundle(await generated(directory), { limits: { ...defaultLimits, maxSeconds: 1 }, context: { now: new Date(), previous: [] } });
    try {
      // The copy kept from the read pass is handed over once: the second read reads the archive again.
      const document = session.bundle.files.find((file) => file.documentFormat !== undefined)!;
      await session.read(document, 2 ** 26);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      await expect(session.read(document, 2 ** 26)).rejects.toEqual(new DocumentError("it was not parsed: the bundle's 1 s budget (limits.maxSeconds) ran out while it was read"));
    } finally {
      await session.close();
    }
  });
});
