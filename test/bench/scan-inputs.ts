import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleWithMd5sums, commentLines, flipLastDigit, spillingBundle, writeHugeManifestBundle, writeSparseBundle } from '../../fixtures/scan-inputs.js';

/**
 * Writes the read pass's hostile inputs into a folder, to time and measure a lint of each
 * (`node dist/test/bench/scan-inputs.js <folder>`, then `/usr/bin/time -v bundlelint lint …`):
 * a 10 MB manifest of comments with a wrong digest, a 5-million-line manifest, a 20 GiB sparse
 * bundle (lint it with limits.maxSeconds 3: the config written beside it), and 8 bundles whose
 * deflated nested zip inflates to 70 MiB (lint them with --jobs 8).
 */
const folder = process.argv[2];
if (!folder) throw new Error('usage: scan-inputs.js <folder>');
mkdirSync(join(folder, 'spilling'), { recursive: true });
const comments = bundleWithMd5sums((lines) => [...commentLines(), ...lines.map((line) => (line.includes('-docs.zip') ? flipLastDigit(line) : line))]);
writeFileSync(join(folder, 'comments.zip'), comments.bytes);
writeHugeManifestBundle(join(folder, 'huge-manifest.zip'), 5_000_000);
writeSparseBundle(join(folder, 'sparse-20GiB.zip'), 20 * 2 ** 30);
writeFileSync(join(folder, 'max-seconds-3.json'), JSON.stringify({ limits: { maxSeconds: 3 } }));
for (let index = 1; index <= 8; index += 1) writeFileSync(join(folder, 'spilling', `bundle-${index}.zip`), spillingBundle());
