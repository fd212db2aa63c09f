import { lookup as systemLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { decodeHtml } from '../documents/parse.js';
import type { BundleDocument, LinkCheck, PartnerIdentity } from '../model/model.js';
import { ipAddress, isIntranet, isPlaceholder, isPublicAddress } from '../release/hosts.js';
import { isPartnerUrl } from '../release/links.js';
import { fetchBounded, type FetchOptions } from './http.js';

/** How `--check-links` fetches; the defaults are the CLI's. */
export interface LinkCheckOptions {
  /** Milliseconds one address may take, redirects and body included. */
  readonly timeoutMs?: number;
  readonly maxRedirects?: number;
  /** Addresses fetched at once. */
  readonly concurrency?: number;
  /** Addresses fetched per bundle at most, so that a document of thousands of links cannot hold the run for hours; the rest are `unchecked`. */
  readonly maxAddresses?: number;
  /** How host names are resolved: by default the system's, refusing names that resolve to private addresses. */
  readonly lookup?: LookupFunction;
}

const DEFAULTS = { timeoutMs: 5_000, maxRedirects: 5, concurrency: 8, maxAddresses: 100 };
/** What is read of a page that answered 2xx: enough for its title and first headings. */
const PAGE_BYTES = 64 * 1024;
/** Statuses of a server that does not take HEAD: asked again with GET. */
const HEAD_REFUSED = new Set([405, 501]);

/** Checks addresses (each with the document giving it), once each for a whole run: a second bundle giving the same address reuses the first answer. */
export type LinkChecker = (candidates: readonly { readonly url: string; readonly path: string }[]) => Promise<LinkCheck[]>;

export function linkChecker(options: LinkCheckOptions = {}): LinkChecker {
  const settings = { ...DEFAULTS, ...options };
  const fetchOptions: FetchOptions = { timeoutMs: settings.timeoutMs, maxRedirects: settings.maxRedirects, maxBodyBytes: PAGE_BYTES, lookup: options.lookup ?? publicLookup, allowed: (url) => isPublicHost(url.hostname) };
  const answers = new Map<string, Promise<Omit<LinkCheck, 'path'>>>();
  return async (all) => {
    const candidates = all.slice(0, settings.maxAddresses);
    const unchecked = all.slice(settings.maxAddresses).map(({ url, path }): LinkCheck => ({ url, path, outcome: 'unchecked', status: undefined, detail: `--check-links fetches at most ${settings.maxAddresses} per bundle` }));
    const checks: LinkCheck[] = new Array(candidates.length);
    let next = 0;
    const worker = async () => {
      while (next < candidates.length) {
        const index = next++;
        const { url, path } = candidates[index]!;
        if (!answers.has(url)) answers.set(url, checkAddress(url, fetchOptions));
        checks[index] = { ...(await answers.get(url)!), path };
      }
    };
    await Promise.all(Array.from({ length: Math.min(settings.concurrency, candidates.length) }, worker));
    return [...checks, ...unchecked];
  };
}

/**
 * The addresses `--check-links` fetches, each once, with the first document giving it: every
 * http(s) address in the documents (the notices and the EULA aside: their addresses are third
 * parties' and lawyers') whose host is public (see isPublicHost) and the partner's own (see
 * isPartnerUrl: any public host while the partner is not known).
 */
export function linkCheckCandidates(documents: readonly BundleDocument[], partner: PartnerIdentity): { url: string; path: string }[] {
  const seen = new Map<string, string>();
  for (const document of documents) {
    // Notices and the EULA name third parties' and lawyers' pages, not the partner's help.
    if (document.roles.includes('license-notice') || document.roles.includes('eula')) continue;
    for (const address of document.content?.urls ?? []) {
      const url = parsedUrl(address);
      if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !isPublicHost(url.hostname) || !isPartnerUrl(url.href, partner)) continue;
      url.hash = '';
      if (!seen.has(url.href)) seen.set(url.href, document.file.path);
    }
  }
  return [...seen].map(([url, path]) => ({ url, path }));
}

/**
 * Whether a host is one anyone on the internet can reach: not an IP address in a private,
 * loopback, link-local or reserved range, not an intranet name (a single label, `localhost`,
 * `*.local`, `*.corp`, `*.internal`…), not a placeholder (`example.com`, `VC_IP`, `x.x.x.x`); the
 * same facts of hosts the link rules read (`src/release/hosts.ts`).
 */
export function isPublicHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  const address = ipAddress(host);
  if (address !== undefined) return address === 'public';
  return !isIntranet(host) && !isPlaceholder(host, host);
}

/** The system's resolver, refusing a public-looking name that resolves to a private address (it would reach into the reviewer's network). */
export const publicLookup: LookupFunction = (hostname, options, callback) => {
  systemLookup(hostname, options, (error, address: string | LookupAddress[], family?: number) => {
    if (error) return callback(error, '', 0);
    const addresses = typeof address === 'string' ? [address] : address.map((entry) => entry.address);
    const inside = addresses.find((entry) => !isPublicAddress(entry));
    if (inside !== undefined) return callback(Object.assign(new Error(`${hostname} resolves to the private address ${inside}`), { code: undefined }), '', 0);
    (callback as (error: null, address: string | LookupAddress[], family?: number) => void)(null, address, family);
  });
};

/** HEAD, GET where HEAD is refused; a 2xx HTML page is read (its first PAGE_BYTES) for a title or heading saying it was not found. */
async function checkAddress(url: string, options: FetchOptions): Promise<Omit<LinkCheck, 'path'>> {
  let answer = await fetchBounded(url, 'HEAD', options);
  if (answer.kind === 'answer' && HEAD_REFUSED.has(answer.status)) answer = await fetchBounded(url, 'GET', options);
  if (answer.kind === 'no-answer') return { url, outcome: 'no-answer', status: undefined, detail: answer.reason };
  if (answer.status >= 400) return { url, outcome: 'error-status', status: answer.status, detail: `it answers ${answer.status}` };
  if (!/html/i.test(answer.contentType)) return { url, outcome: 'live', status: answer.status, detail: `it answers ${answer.status}` };
  const page = answer.body.length > 0 ? answer : await fetchBounded(url, 'GET', options);
  if (page.kind === 'no-answer') return { url, outcome: 'no-answer', status: undefined, detail: page.reason };
  const notFound = page.status < 400 ? await notFoundHeading(page.body) : undefined;
  if (notFound !== undefined) return { url, outcome: 'not-found-page', status: page.status, detail: notFound };
  return page.status >= 400 ? { url, outcome: 'error-status', status: page.status, detail: `it answers ${page.status}` } : { url, outcome: 'live', status: page.status, detail: `it answers ${page.status}` };
}

/** What a "page not found" page says in its title or headings: "Page Not Found", "404", "We can't find the page you are looking for". */
const NOT_FOUND = /\b404\b|\bnot found\b|\bcan(?:no|'|’)?t (?:be )?f(?:ou|i)nd\b|\bcould ?n(?:o|'|’)t (?:be )?f(?:ou|i)nd\b|\b(?:does ?n(?:o|')t|no longer) exists?\b|\bno longer available\b|\bpage (?:is )?missing\b|\bbroken link\b/i;

/** The title or first headings of a page when they say it was not found; undefined otherwise. The HTML parser loads when first needed. */
export async function notFoundHeading(body: Buffer): Promise<string | undefined> {
  let source: string;
  try {
    source = decodeHtml(body);
  } catch {
    return undefined;
  }
  const { blocks, title } = (await import('../documents/html.js')).htmlBlocks(source);
  const headings = blocks.filter((block) => block.kind === 'heading' && block.level <= 2).slice(0, 3).map((block) => block.text.replace(/\s+/g, ' ').trim());
  return [title, ...headings].find((text): text is string => text !== undefined && NOT_FOUND.test(text));
}

function parsedUrl(address: string): URL | undefined {
  try {
    return new URL(address);
  } catch {
    return undefined;
  }
}
