import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeZip } from '../../fixtures/zip-writer.js';
import { findingsOf, scratchDirectory } from '../helpers/lint.js';

/**
 * What the model and the rules make of a bundle's entries must grow with their number, not with
 * its square: a hostile bundle within the entry limit holds thousands of installers or archives.
 */
const directory = scratchDirectory();
/** Generous on a loaded CI machine; the input below took over 30 s before (15,000: 21 s). */
const BOUND_MS = 20_000;

describe('a bundle of many installers', () => {
  it('places 20000 top-level installers and no documents in linear time', async () => {
    // Each installer was searched for documents among all files, and each file among all installers (docs-archive, licenses/components, the partner's identity).
    const entries = Array.from({ length: 20000 }, (_, index) => ({ name: `corvid-1.0/tools/setup-${index}.bin`, data: Buffer.from(`#!${index}\n`), method: 'store' as const }));
    const bundle = join(directory, 'installers.zip');
    writeFileSync(bundle, writeZip(entries));
    const started = performance.now();
    const findings = await findingsOf(bundle, {}, 'layout/docs-archive');
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
    expect(findings).toEqual([{ ruleId: 'layout/docs-archive', messageId: 'missing', location: { path: 'corvid-1.0/' } }]);
  }, 180_000);
});
