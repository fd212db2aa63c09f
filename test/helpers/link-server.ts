import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, LookupFunction } from 'node:net';
import { afterAll } from 'vitest';

/**
 * A web server on 127.0.0.1 for the network tests (no other address is ever used), started
 * when the test file loads (`await linkServer()`, so that cases can name its port) and stopped
 * after its tests. Its first path segment says how it answers:
 * `/ok…` 200 with a page, `/moved…` 301 to `/ok`, `/gone…` 404, `/soft…` 200 with a "page not
 * found" page, `/to-private…` 301 to `/ok` at 127.0.0.1, `/slow…` never, `/no-head…` 405 to HEAD and 200 to GET, `/page…` the page
 * `pages` holds for the path. It counts the requests each path had.
 */
export interface LinkServer {
  /** `http://127.0.0.1:<port>`. */
  readonly origin: string;
  readonly port: number;
  /** A port on 127.0.0.1 where nothing listens: connections are refused. */
  readonly closedPort: number;
  /** Requests by method and path: `GET /ok`. */
  readonly requests: string[];
  /** The Authorization or Cookie header of each request, if it had one. */
  readonly authorizations: (string | undefined)[];
  /** Pages served under `/page…`, by path. */
  readonly pages: Map<string, string>;
}

const PAGE = '<!DOCTYPE html><html><head><title>Corvid NAS Plugin support</title></head><body><h1>Corvid NAS Plugin</h1><p>Cases, downloads and the knowledge base.</p></body></html>';
const SOFT_404 = '<!DOCTYPE html><html><head><title>Corvid Systems</title></head><body><h1>Oops! We can&rsquo;t find the page you are looking for</h1><p>Try the search.</p></body></html>';

export async function linkServer(): Promise<LinkServer> {
  const requests: string[] = [];
  const authorizations: (string | undefined)[] = [];
  const pages = new Map<string, string>();
  const held: ServerResponse[] = [];
  const html = (response: ServerResponse, status: number, body: string) => {
    response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    response.end(body);
  };
  const state = { origin: '', port: 0 };
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push(`${request.method} ${path}`);
    authorizations.push(request.headers.authorization ?? request.headers.cookie);
    const kind = /^\/([a-z-]+)/.exec(path)?.[1];
    if (kind === 'ok') html(response, 200, PAGE);
    else if (kind === 'moved') {
      response.writeHead(301, { location: '/ok' });
      response.end();
    } else if (kind === 'to-private') {
      response.writeHead(301, { location: `${state.origin}/ok` });
      response.end();
    } else if (kind === 'gone') html(response, 404, '<title>404 Not Found</title>');
    else if (kind === 'soft') html(response, 200, SOFT_404);
    else if (kind === 'slow') held.push(response);
    else if (kind === 'no-head' && request.method === 'HEAD') html(response, 405, '');
    else if (kind === 'no-head') html(response, 200, PAGE);
    else if (kind === 'page' && pages.has(path)) html(response, 200, pages.get(path)!);
    else html(response, 404, '<title>404 Not Found</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.port = (server.address() as AddressInfo).port;
  state.origin = `http://127.0.0.1:${state.port}`;
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const closedPort = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
  afterAll(async () => {
    for (const response of held) response.destroy();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return {
    origin: state.origin,
    port: state.port,
    closedPort,
    requests,
    authorizations,
    pages,
  };
}

/** Resolves every host name to 127.0.0.1, so that a bundle's partner addresses reach the test's server and nothing else. */
export const toLoopback: LookupFunction = (_hostname, options, callback) => {
  const reply = callback as (error: null, address: string | { address: string; family: number }[], family?: number) => void;
  if (options.all) reply(null, [{ address: '127.0.0.1', family: 4 }]);
  else reply(null, '127.0.0.1', 4);
};
