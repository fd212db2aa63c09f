import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../package-root.js';
import { DocumentError } from './document-error.js';
import { buildDocument, normalizeText, type Block, type ParsedDocument } from './document.js';
import type { PdfContent, PdfLine, PdfRequest, PdfResponse } from './pdf-content.js';

/** The worker runs from the build, whether bundlelint runs from dist/ or its sources are tested. */
const WORKER_PATH = join(packageRoot, 'dist', 'src', 'documents', 'pdf-worker.js');
/** A line at least this much larger than the body text is a heading. */
const HEADING_RATIO = 1.12;
const TOC_LINE = /(?:\.\s*){4,}\s*\d+$|\s{2,}\d+$/;

export interface PdfLimits {
  readonly timeoutMs: number;
  readonly memoryMb: number;
}

/**
 * A PDF: text from pdf.js, run in a worker thread with a time and memory limit. Headings come
 * from the bookmarks (outline) when the PDF has them, else from font sizes: the size most
 * characters have is the body; lines clearly larger are headings, ranked by size into levels.
 */
export async function pdfDocument(bytes: Buffer, limits: PdfLimits): Promise<ParsedDocument> {
  const content = await pdfWorkers.extract(bytes, limits);
  const pages = withoutRunningHeads(content.pages);
  const blocks = content.outline.length > 0 ? outlineBlocks(pages, content) : sizeBlocks(pages);
  return buildDocument(blocks, { title: content.title, links: content.links });
}

/** Drops lines repeated at the top or bottom of most pages (running heads, footers, page numbers). */
function withoutRunningHeads(pages: readonly (readonly PdfLine[])[]): PdfLine[][] {
  const key = (line: PdfLine) => line.text.replace(/\d+/g, '#');
  const counts = new Map<string, number>();
  for (const page of pages) {
    for (const line of new Set([...page.slice(0, 2), ...page.slice(-2)].map(key))) counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  const repeated = (line: PdfLine) => pages.length >= 3 && (counts.get(key(line)) ?? 0) >= Math.max(3, pages.length / 2);
  return pages.map((page) => page.filter((line, index) => !((index < 2 || index >= page.length - 2) && repeated(line)) && !/^\d+$/.test(line.text)));
}

/** Bookmarks are the headings: each is placed at the line of its page that carries its title. */
function outlineBlocks(pages: readonly PdfLine[][], content: PdfContent): Block[] {
  const comparable = (text: string) => normalizeText(text).toLowerCase().replace(/^[\d.\s]+/, '').replace(/\s+/g, ' ').trim();
  const blocks: Block[] = [];
  const pending = [...content.outline];
  let wrapped = '';
  pages.forEach((page, index) => {
    const onPage = pending.filter((entry) => entry.page === index || entry.page === undefined);
    for (const line of page) {
      const text = comparable(line.text);
      // The rest of a title wrapped over several lines.
      if (wrapped && text && wrapped.startsWith(text)) {
        wrapped = wrapped.slice(text.length).trim();
        continue;
      }
      wrapped = '';
      const entry = onPage.find((candidate) => comparable(candidate.title) === text || (text.length >= 8 && comparable(candidate.title).startsWith(`${text} `)));
      if (entry) {
        onPage.splice(onPage.indexOf(entry), 1);
        pending.splice(pending.indexOf(entry), 1);
        wrapped = comparable(entry.title).slice(text.length).trim();
        blocks.push({ kind: 'heading', level: entry.level, text: entry.title });
      } else if (!TOC_LINE.test(line.text)) {
        blocks.push({ kind: 'text', text: line.text });
      }
    }
    // Bookmarks whose title is not printed as such still open a section where the next page starts.
    for (const entry of pending.filter((candidate) => candidate.page !== undefined && candidate.page <= index)) {
      pending.splice(pending.indexOf(entry), 1);
      blocks.push({ kind: 'heading', level: entry.level, text: entry.title });
    }
  });
  // Bookmarks that point nowhere and whose title is printed nowhere still name a section.
  for (const entry of pending) blocks.push({ kind: 'heading', level: entry.level, text: entry.title });
  return blocks;
}

/** Headings by font size; wrapped titles (consecutive heading lines of one size) are merged. */
function sizeBlocks(pages: readonly PdfLine[][]): Block[] {
  const characters = new Map<number, number>();
  for (const line of pages.flat()) characters.set(line.size, (characters.get(line.size) ?? 0) + line.text.length);
  const body = [...characters].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  const isHeading = (line: PdfLine) => line.size >= body * HEADING_RATIO && line.text.length <= 120 && !TOC_LINE.test(line.text);
  const sizes = [...new Set(pages.flat().filter(isHeading).map((line) => line.size))].sort((a, b) => b - a);
  const blocks: Block[] = [];
  for (const page of pages) {
    let previous: PdfLine | undefined;
    for (const line of page) {
      const last = blocks.at(-1);
      if (!isHeading(line)) {
        if (!TOC_LINE.test(line.text)) blocks.push({ kind: 'text', text: line.text });
      } else if (last?.kind === 'heading' && previous && isHeading(previous) && previous.size === line.size) {
        blocks[blocks.length - 1] = { ...last, text: `${last.text} ${line.text}` };
      } else {
        blocks.push({ kind: 'heading', level: Math.min(sizes.indexOf(line.size) + 1, 6), text: line.text });
      }
      previous = line;
    }
  }
  return blocks;
}

/** One worker thread at a time runs pdf.js; a PDF that times out or kills it costs a new one. */
class PdfWorkers {
  private worker: Worker | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 0;

  extract(bytes: Buffer, limits: PdfLimits): Promise<PdfContent> {
    const job = this.queue.then(() => this.run(bytes, limits));
    this.queue = job.catch(() => {});
    return job;
  }

  private run(bytes: Buffer, limits: PdfLimits): Promise<PdfContent> {
    const worker = (this.worker ??= this.spawn(limits));
    worker.ref();
    const id = (this.nextId += 1);
    return new Promise<PdfContent>((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onFailure);
        worker.off('exit', onFailure);
        worker.unref();
      };
      const timer = setTimeout(() => {
        done();
        this.discard(worker);
        reject(new DocumentError(`pdf.js did not finish reading it within ${limits.timeoutMs / 1000} s`));
      }, limits.timeoutMs);
      const onMessage = (response: PdfResponse) => {
        if (response.id !== id) return;
        done();
        if ('content' in response) resolve(response.content);
        else reject(new DocumentError(pdfProblem(response.error)));
      };
      const onFailure = (error: unknown) => {
        done();
        this.discard(worker);
        const reason = error instanceof Error ? error.message : `the PDF reader stopped (exit code ${String(error)})`;
        reject(new DocumentError(/memory/i.test(reason) ? `reading it needs more than ${limits.memoryMb} MiB` : reason));
      };
      worker.on('message', onMessage);
      worker.on('error', onFailure);
      worker.on('exit', onFailure);
      const copy = new Uint8Array(bytes);
      worker.postMessage({ id, bytes: copy } satisfies PdfRequest, [copy.buffer]);
    });
  }

  private spawn(limits: PdfLimits): Worker {
    const worker = new Worker(WORKER_PATH, { resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb } });
    worker.unref();
    return worker;
  }

  private discard(worker: Worker): void {
    if (this.worker === worker) this.worker = undefined;
    void worker.terminate();
  }
}

function pdfProblem(error: { name: string; message: string }): string {
  if (error.name === 'PasswordException') return 'it is password-protected';
  if (error.name === 'InvalidPDFException') return `it is not a valid PDF (${error.message})`;
  return `pdf.js could not read it (${error.message})`;
}

const pdfWorkers = new PdfWorkers();
