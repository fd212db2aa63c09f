import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { toolVersion } from '../package-root.js';

/** How one address is fetched: every bound is on time and bytes actually spent. */
export interface FetchOptions {
  /** Wall-clock milliseconds for the whole exchange, redirects and body included. */
  readonly timeoutMs: number;
  readonly maxRedirects: number;
  /** Bytes of the body read at most; the rest is never read (`truncated`). */
  readonly maxBodyBytes: number;
  /** How host names are resolved (the system's by default); the link checker's refuses private addresses. */
  readonly lookup?: LookupFunction;
  /** Addresses a redirect from an allowed one may lead to: a public page may not send the request into an intranet. */
  readonly allowed?: (url: URL) => boolean;
}

export type FetchOutcome =
  | { readonly kind: 'answer'; readonly url: string; readonly status: number; readonly contentType: string; readonly body: Buffer; readonly truncated: boolean }
  | { readonly kind: 'no-answer'; readonly url: string; readonly reason: string };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches `address` with `method`, following redirects up to the limit; sends no credentials
 * (a user name or password in the address is dropped), no cookies, no Referer. Never rejects: an
 * address that gives no HTTP answer is a `no-answer` with the reason.
 */
export async function fetchBounded(address: string, method: 'HEAD' | 'GET', options: FetchOptions): Promise<FetchOutcome> {
  const deadline = Date.now() + options.timeoutMs;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { kind: 'no-answer', url: address, reason: 'it is not a valid address' };
  }
  let current = method;
  for (let redirects = 0; ; redirects += 1) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'no-answer', url: address, reason: `it leads to a ${url.protocol} address` };
    const outcome = await exchange(url, current, deadline, options);
    if (outcome.kind === 'no-answer' || !('location' in outcome)) return outcome;
    if (redirects >= options.maxRedirects) return { kind: 'no-answer', url: address, reason: `it redirects more than ${options.maxRedirects} times` };
    let next: URL;
    try {
      next = new URL(outcome.location, url);
    } catch {
      return { kind: 'no-answer', url: address, reason: `it redirects to an invalid address (${outcome.location.slice(0, 100)})` };
    }
    if (options.allowed && options.allowed(url) && !options.allowed(next)) return { kind: 'no-answer', url: address, reason: `it redirects to ${next.host}, which is not a public address` };
    if (outcome.status === 303) current = 'GET';
    url = next;
  }
}

type Exchange = FetchOutcome | { readonly kind: 'answer'; readonly status: number; readonly location: string };

/** One request and its answer: a redirect's target, or the status and up to maxBodyBytes of the body. */
function exchange(url: URL, method: 'HEAD' | 'GET', deadline: number, options: FetchOptions): Promise<Exchange> {
  return new Promise((resolve) => {
    const remaining = deadline - Date.now();
    if (remaining <= 0) {
      resolve({ kind: 'no-answer', url: url.href, reason: `no answer within ${seconds(options.timeoutMs)}` });
      return;
    }
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    let settled = false;
    const finish = (outcome: Exchange) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      resolve(outcome);
    };
    const request = send({
      protocol: url.protocol,
      hostname: url.hostname.replace(/^\[|\]$/g, ''),
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      method,
      agent: false,
      lookup: options.lookup,
      headers: { 'user-agent': `bundlelint/${toolVersion} (link check)`, accept: 'text/html,*/*;q=0.5' },
    });
    const timer = setTimeout(() => finish({ kind: 'no-answer', url: url.href, reason: `no answer within ${seconds(options.timeoutMs)}` }), remaining);
    request.on('error', (error: NodeJS.ErrnoException) => finish({ kind: 'no-answer', url: url.href, reason: reasonOf(error) }));
    request.on('response', (response: IncomingMessage) => {
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (REDIRECTS.has(status) && location) {
        finish({ kind: 'answer', status, location });
        return;
      }
      const contentType = String(response.headers['content-type'] ?? '');
      const chunks: Buffer[] = [];
      let length = 0;
      const done = (truncated: boolean) => finish({ kind: 'answer', url: url.href, status, contentType, body: Buffer.concat(chunks, length), truncated });
      response.on('data', (chunk: Buffer) => {
        const kept = chunk.subarray(0, options.maxBodyBytes - length);
        chunks.push(kept);
        length += kept.length;
        // At the limit the rest is not read: the connection is closed.
        if (length >= options.maxBodyBytes) done(true);
      });
      response.on('end', () => done(false));
      response.on('error', () => done(true));
    });
    request.end();
  });
}

function reasonOf(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ECONNREFUSED': return 'the connection was refused';
    case 'ENOTFOUND': case 'EAI_AGAIN': return 'no such host';
    case 'ECONNRESET': return 'the connection was reset';
    case 'EHOSTUNREACH': case 'ENETUNREACH': return 'the host cannot be reached';
    default: return error.code ? `${error.code}: ${error.message}` : error.message;
  }
}

function seconds(milliseconds: number): string {
  return milliseconds < 1000 ? `${milliseconds} ms` : `${milliseconds / 1000} s`;
}
