import { describe, expect, it } from 'vitest';
import { isPublicHost, linkChecker } from '../../src/scan/links.js';
import { linkServer, toLoopback } from '../helpers/link-server.js';

const server = await linkServer();
const GUIDE = 'docs.zip!/Guide.html';

describe('linkChecker', () => {
  it('tells live pages, redirects, servers refusing HEAD, 404s, "page not found" pages, timeouts and refused connections apart', async () => {
    const check = linkChecker({ timeoutMs: 300 });
    const urls = ['/ok', '/moved', '/no-head', '/gone', '/soft', '/slow'].map((path) => `${server.origin}${path}`);
    const checks = await check([...urls, `http://127.0.0.1:${server.closedPort}/ok`].map((url) => ({ url, path: GUIDE })));
    expect(checks.map(({ url, outcome, status, detail }) => ({ url: url.replace(/:\d+/, ':PORT'), outcome, status, detail }))).toEqual([
      { url: 'http://127.0.0.1:PORT/ok', outcome: 'live', status: 200, detail: 'it answers 200' },
      { url: 'http://127.0.0.1:PORT/moved', outcome: 'live', status: 200, detail: 'it answers 200' },
      { url: 'http://127.0.0.1:PORT/no-head', outcome: 'live', status: 200, detail: 'it answers 200' },
      { url: 'http://127.0.0.1:PORT/gone', outcome: 'error-status', status: 404, detail: 'it answers 404' },
      { url: 'http://127.0.0.1:PORT/soft', outcome: 'not-found-page', status: 200, detail: 'Oops! We can’t find the page you are looking for' },
      { url: 'http://127.0.0.1:PORT/slow', outcome: 'no-answer', status: undefined, detail: 'no answer within 300 ms' },
      { url: 'http://127.0.0.1:PORT/ok', outcome: 'no-answer', status: undefined, detail: 'the connection was refused' },
    ]);
  });

  it('fetches an address once for the run, however many documents and bundles give it, and sends no credentials', async () => {
    const check = linkChecker({ lookup: toLoopback });
    const url = `http://user:secret@support.corvid-systems.example:${server.port}/ok/once`;
    const before = server.requests.length;
    const first = await check([{ url, path: 'a.zip!/Guide.html' }, { url, path: 'a.zip!/Support.txt' }]);
    const second = await check([{ url, path: 'b.zip!/Guide.html' }]);
    expect([...first, ...second].map((check) => [check.path, check.outcome])).toEqual([['a.zip!/Guide.html', 'live'], ['a.zip!/Support.txt', 'live'], ['b.zip!/Guide.html', 'live']]);
    expect(server.requests.slice(before)).toEqual(['HEAD /ok/once', 'GET /ok/once']);
    expect(server.authorizations.slice(before)).toEqual([undefined, undefined]);
  });

  it('does not follow a redirect from a public host to a private address', async () => {
    const check = linkChecker({ lookup: toLoopback });
    const [result] = await check([{ url: `http://support.corvid-systems.example:${server.port}/to-private`, path: GUIDE }]);
    expect(result).toEqual({ url: `http://support.corvid-systems.example:${server.port}/to-private`, path: GUIDE, outcome: 'no-answer', status: undefined, detail: `it redirects to 127.0.0.1:${server.port}, which is not a public address` });
  });

  it('refuses a public name that resolves to a private address', async () => {
    const check = linkChecker({ timeoutMs: 2000 });
    const [result] = await check([{ url: 'http://localhost:1/', path: GUIDE }]);
    expect(result).toEqual({ url: 'http://localhost:1/', path: GUIDE, outcome: 'no-answer', status: undefined, detail: 'localhost resolves to the private address 127.0.0.1' });
  });
});

describe('isPublicHost', () => {
  it.each(['support.corvid-systems.example', 'www.netapp.com', 'kb.vendor.co.uk', '8.8.8.8', '[2001:4860:4860::8888]'])('%s is public', (host) => {
    expect(isPublicHost(host)).toBe(true);
  });
  it.each([
    '10.0.0.5', '172.20.1.1', '192.168.1.10', '127.0.0.1', '169.254.10.1', '100.64.0.1', '0.0.0.0', '[::1]', '[fd12::1]', '[fe80::1]',
    'localhost', 'vcenter.local', 'esx01.corp', 'nas.internal', 'fileserver', 'example.com', 'www.example.org', 'docs.example.net', 'vc_ip', 'x.x.x.x', 'www.your-company.com',
  ])('%s is not', (host) => {
    expect(isPublicHost(host)).toBe(false);
  });
});
