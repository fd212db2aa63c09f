import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Socket } from 'node:net';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { landingPageHtml } from '../../fixtures/landing-page.js';
import { lint } from '../../src/lint.js';
import { runCli } from '../helpers/cli.js';
import { seen } from '../helpers/findings.js';
import { findingsOf, generated, scratchDirectory } from '../helpers/lint.js';
import { linkServer, toLoopback } from '../helpers/link-server.js';

const server = await linkServer();
const directory = scratchDirectory();

afterEach(() => {
  vi.restoreAllMocks();
});

describe('network access', () => {
  it('opens no socket without --check-links or a landing page address, though the documents hold addresses', async () => {
    const bundle = await generated(directory, [], { helpUrl: `http://support.corvid-systems.example:${server.port}/ok/nas-plugin` });
    const connect = vi.spyOn(Socket.prototype, 'connect');
    const findings = await findingsOf(bundle, {}, 'docs/');
    expect(findings).toEqual([]);
    expect(connect).not.toHaveBeenCalled();
  });

  it('opens sockets with --check-links (the spy sees the linter connect)', async () => {
    const bundle = await generated(join(directory, 'checked'), [], { helpUrl: `http://support.corvid-systems.example:${server.port}/ok/nas-plugin` });
    const connect = vi.spyOn(Socket.prototype, 'connect');
    const findings = await findingsOf(bundle, { checkLinks: { lookup: toLoopback } }, 'docs/');
    expect(findings).toEqual([]);
    expect(connect).toHaveBeenCalled();
  });
});

describe('--landing-page with an address', () => {
  it('fetches the page once for a run of several bundles and compares each with it', async () => {
    const first = await generated(join(directory, 'first'));
    const second = await generated(join(directory, 'second'));
    const bytes = await readFile(first);
    const digest = (algorithm: string) => createHash(algorithm).update(bytes).digest('hex');
    server.pages.set('/page/corvid-3.2.1', landingPageHtml({ product: 'Corvid NAS Plugin', version: '3.2.1', date: '2026-10-15', md5: digest('md5'), sha1: digest('sha1'), size: bytes.length, fileName: basename(first) }, { layout: 'definitions' }));
    const before = server.requests.length;
    const address = `${server.origin}/page/corvid-3.2.1`;
    const result = await lint([first, second], { landingPage: address, jobs: 2 });
    expect(server.requests.slice(before)).toEqual(['GET /page/corvid-3.2.1']);
    expect(result.results.map((bundle) => bundle.findings.filter((finding) => finding.ruleId.startsWith('landing/')).map((finding) => seen(finding)))).toEqual([[], []]);
  });

  it('reports a page address that answers 404 as unreadable', async () => {
    const address = `${server.origin}/gone/corvid-3.2.1`;
    const findings = await findingsOf(await generated(directory), { landingPage: address }, 'landing/');
    expect(findings).toEqual([{ ruleId: 'landing/facts', messageId: 'unreadable', location: { path: '' } }]);
    const [result] = (await lint([await generated(directory)], { landingPage: address })).results;
    expect(result!.findings.find((finding) => finding.ruleId === 'landing/facts')!.message).toBe(`the landing page ${address} could not be read: it answered 404; give its saved HTML or an address that answers`);
  });

  it('is a usage error (exit 2, one line) when the saved page does not exist', async () => {
    const page = join(directory, 'no-such-page.html');
    const run = runCli(['lint', await generated(directory), '--landing-page', page, '--no-config']);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `bundlelint: --landing-page ${page}: no such file\n` });
  });
});
