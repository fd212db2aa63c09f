import { open } from 'node:fs/promises';
import type { LookupFunction } from 'node:net';
import { formatBytes } from '../archive/limits.js';
import { decodeHtml } from '../documents/parse.js';
import { UsageError } from '../errors.js';
import type { LandingPage } from '../model/model.js';
import { parseLandingPage, unreadableLandingPage } from '../release/landing-page.js';
import { fetchBounded } from './http.js';

/** The largest landing page read: a product page is tens of kilobytes; past this it is a finding, not read in part. */
export const LANDING_PAGE_BYTES = 2 * 2 ** 20;

export interface LandingPageOptions {
  /** Milliseconds the page's address may take to answer, body included. */
  readonly timeoutMs?: number;
  /** How host names are resolved (the system's by default). */
  readonly lookup?: LookupFunction;
}

/**
 * Reads the landing page once for a run: a URL (http or https) fetched with GET, else a saved
 * HTML file. A file that does not exist is a usage error; a page that cannot be read (no answer,
 * an error status, over LANDING_PAGE_BYTES, binary) is read as a problem, which landing/facts reports.
 */
export async function readLandingPage(source: string, options: LandingPageOptions = {}): Promise<LandingPage> {
  if (/^https?:\/\//i.test(source)) {
    const answer = await fetchBounded(source, 'GET', { timeoutMs: options.timeoutMs ?? 15_000, maxRedirects: 5, maxBodyBytes: LANDING_PAGE_BYTES + 1, lookup: options.lookup });
    if (answer.kind === 'no-answer') return unreadableLandingPage(source, `it gave no answer: ${answer.reason}`);
    if (answer.status >= 400) return unreadableLandingPage(source, `it answered ${answer.status}`);
    return pageOf(source, answer.body, answer.url);
  }
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(source)) throw new UsageError(`--landing-page takes an http(s) address or a file, not ${source}`);
  return pageOf(source, await readAtMost(source, LANDING_PAGE_BYTES + 1));
}

async function pageOf(source: string, bytes: Buffer, base?: string): Promise<LandingPage> {
  if (bytes.length > LANDING_PAGE_BYTES) return unreadableLandingPage(source, `it is larger than ${formatBytes(LANDING_PAGE_BYTES)}, more than a landing page holds`);
  let html: string;
  try {
    html = decodeHtml(bytes);
  } catch {
    return unreadableLandingPage(source, 'it holds binary data, not HTML');
  }
  return parseLandingPage(source, html, base);
}

/** Up to `limit` bytes of a file: what is read is bounded, whatever the file's size. */
async function readAtMost(path: string, limit: number): Promise<Buffer> {
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`--landing-page ${path}: ${error.code === 'ENOENT' ? 'no such file' : `cannot be opened (${error.code ?? error.message})`}`);
  });
  try {
    const buffer = Buffer.alloc(limit);
    let length = 0;
    while (length < limit) {
      const { bytesRead } = await handle.read(buffer, length, limit - length, null).catch((error: NodeJS.ErrnoException) => {
        throw new UsageError(`--landing-page ${path}: cannot be read (${error.code ?? error.message})`);
      });
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}
