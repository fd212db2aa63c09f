import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultLimits } from '../../src/archive/limits.js';
import { extractionLimits } from '../../src/scan/documents.js';
import type { DocumentFormat } from '../../src/model/model.js';
import { DocumentError } from '../../src/documents/document-error.js';
import { extractDocument } from '../../src/documents/extract.js';
import { packageRoot } from '../../src/package-root.js';

const limits = extractionLimits(defaultLimits);
const REAL = join(packageRoot, 'test', 'data', 'documents');

/** A small deterministic generator, so a failure names a mutation that can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** The document cut short, or with a few bytes overwritten, as transfers and hostile authors leave them. */
function mutate(bytes: Buffer, seed: number): Buffer {
  const next = random(seed);
  if (seed % 3 === 0) return bytes.subarray(0, Math.floor(next() * bytes.length));
  const copy = Buffer.from(bytes);
  for (let flips = 0; flips < 1 + seed % 16; flips += 1) copy[Math.floor(next() * copy.length)] = Math.floor(next() * 256);
  return copy;
}

describe('damaged documents', () => {
  it.each([['docx', 'docx'], ['odt', 'odt'], ['doc', 'doc'], ['rtf', 'rtf'], ['html', 'html'], ['pdf', 'pdf']] as [string, DocumentFormat][])(
    'each of 40 damaged %s files is read or refused with a reason, never a crash',
    async (extension, format) => {
      const original = readFileSync(join(REAL, `release-notes.${extension}`));
      for (let seed = 1; seed <= 40; seed += 1) {
        const outcome = await extractDocument(format, mutate(original, seed), `damaged-${seed}.${extension}`, limits).then(
          (document) => (Array.isArray(document.sections) ? 'read' : 'malformed'),
          (error: unknown) => (error instanceof DocumentError && error.reason.length > 0 ? 'refused' : `crashed: ${String(error)}`),
        );
        expect([seed, outcome]).toEqual([seed, expect.stringMatching(/^(read|refused)$/)]);
      }
    },
    60_000,
  );
});
