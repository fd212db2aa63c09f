import type { DocumentFormat } from './document.js';
import type { ParsedDocument } from './document.js';
import type { ParseLimits } from './parse.js';
import { documentSandbox, type SandboxLimits } from './sandbox.js';

export interface ExtractionLimits extends ParseLimits {
  readonly parse: Omit<SandboxLimits, 'deadline' | 'maxSeconds'>;
  /** When the bundle's time runs out, in `Date.now()` terms; none by default. */
  readonly deadline?: number;
}

/**
 * Parses one document's bytes by its format, in the sandbox's workers under its time and memory
 * limits; a document that cannot be read, or goes over a limit, rejects with a DocumentError.
 */
export function extractDocument(format: DocumentFormat, bytes: Buffer, path: string, limits: ExtractionLimits): Promise<ParsedDocument> {
  const { parse, deadline, ...parseLimits } = limits;
  const sandbox = { ...parse, deadline: deadline ?? Infinity, maxSeconds: parseLimits.archive.maxSeconds };
  return documentSandbox.parse(format, bytes, path, { archive: parseLimits.archive, maxDocumentBytes: parseLimits.maxDocumentBytes }, sandbox);
}
