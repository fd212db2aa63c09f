import { timeRanOut, type Limits } from '../archive/limits.js';
import { DocumentError } from '../documents/document-error.js';
import { UsageError } from '../errors.js';
import type { ParsedDocument } from '../documents/document.js';
import { extractDocument, type ExtractionLimits } from '../documents/extract.js';
import type { BundleDocument, BundleFile } from '../model/model.js';
import { documentRoles } from '../release/document-roles.js';

/** Documents larger than this are not parsed (the limit applies to bytes read, and to a package's inflated parts). */
const MAX_DOCUMENT_BYTES = 64 * 2 ** 20;
/** Documents of one bundle handed to the parse sandbox at once (it runs two at most). */
const CONCURRENCY = 2;

/**
 * Parses every document of the bundle once (EULAs and notices included), wherever it lies, and
 * says what each is for. A document that cannot be read keeps its roles (by name) and says why.
 */
export async function readDocuments(
  files: readonly BundleFile[],
  read: (file: BundleFile, maxBytes: number) => Promise<Buffer>,
  archive: Readonly<Limits>,
  deadline: number,
): Promise<BundleDocument[]> {
  const limits = extractionLimits(archive, deadline);
  const candidates = files.filter((file) => file.documentFormat !== undefined);
  const documents: BundleDocument[] = new Array(candidates.length);
  let next = 0;
  const work = async () => {
    while (next < candidates.length) {
      const index = next++;
      const file = candidates[index]!;
      // Out of time: left unparsed, as archive/bomb says.
      documents[index] = Date.now() > deadline ? unreadable(file, 'document', `it was not parsed: ${timeRanOut(archive.maxSeconds)}`) : await readDocument(file, read, limits);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, work));
  return documents;
}

/** What parsing one document may take, from the run's limits; `deadline` is when the bundle's time runs out. */
export function extractionLimits(archive: Readonly<Limits>, deadline?: number): ExtractionLimits {
  return { archive, maxDocumentBytes: MAX_DOCUMENT_BYTES, parse: { timeoutMs: archive.maxParseSeconds * 1000, memoryBytes: archive.maxParseMemory }, deadline };
}

/** A document that could not be read keeps the roles its name gives it, and says why. */
function unreadable(file: BundleFile, stage: 'archive' | 'document', reason: string): BundleDocument {
  return { file, format: file.documentFormat!, ...rolesOf(file, undefined), content: undefined, problem: { stage, reason } };
}

async function readDocument(file: BundleFile, read: (file: BundleFile, maxBytes: number) => Promise<Buffer>, limits: ExtractionLimits): Promise<BundleDocument> {
  const format = file.documentFormat!;
  if (!file.digests) return unreadable(file, 'archive', 'its bytes could not be read from the archive holding it');
  if (file.size > limits.maxDocumentBytes) return unreadable(file, 'document', `it is larger than the ${limits.maxDocumentBytes / 2 ** 20} MiB a document may be`);
  await held.take();
  try {
    const content = await extractDocument(format, await read(file, limits.maxDocumentBytes), file.path, limits);
    return { file, format, ...rolesOf(file, content), content, problem: undefined };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    if (error instanceof DocumentError) return unreadable(file, 'document', error.reason);
    const reason = error instanceof Error ? error.message : String(error);
    return unreadable(file, 'document', `bundlelint failed while parsing it (${reason}); this is a bug, please report it with the document`);
  } finally {
    held.give();
  }
}

/** A count of things that may be held at once; who asks past it waits for one to be given back. */
class Permits {
  private readonly waiting: (() => void)[] = [];

  constructor(private free: number) {}

  async take(): Promise<void> {
    if (this.free > 0) this.free -= 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  give(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free += 1;
  }
}

/**
 * Documents read and not yet parsed, over the whole run: every bundle `--jobs` reads at once
 * shares them, so their bytes (up to 64 MiB each) are held a few at a time, not per bundle.
 */
const held = new Permits(CONCURRENCY + 1);

/** What a document is for, and where that was read (see `documentRoles`); one document may be several (an "Installation and Support Guide"). */
function rolesOf(file: BundleFile, content: ParsedDocument | undefined): Pick<BundleDocument, 'roles' | 'rolesFrom'> {
  const { roles, source } = documentRoles(file.name, content);
  return { roles, rolesFrom: source };
}
