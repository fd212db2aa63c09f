import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentsIn } from '../fixtures/release.js';
import { writeZip } from '../fixtures/zip-writer.js';
import { packageRoot } from '../src/package-root.js';
import { parseReport, runMain } from './helpers/cli.js';
import { DOCS, generated, ROOT, scratchDirectory } from './helpers/lint.js';

/**
 * Debian's Chromium (`apt-get install chromium`); `.ci/run` installs it and sets
 * BUNDLELINT_REQUIRE_BROWSER, so in CI a missing browser fails instead of skipping.
 */
const CHROMIUM = '/usr/bin/chromium';
const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser && process.env.BUNDLELINT_REQUIRE_BROWSER) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);

/** The flags a closed network needs: no background connections, no first-run work. */
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe.skipIf(!haveBrowser)('the HTML report, in headless Chromium', () => {
  const directory = scratchDirectory();
  let browser: Browser;
  let page: Page;
  let json: ReturnType<typeof parseReport>['results'][number];
  const requests: string[] = [];

  beforeAll(async () => {
    const bundle = await generated(directory, ['junk', 'symlink', 'ghost-line']);
    writeFileSync(join(directory, 'bundlelint.config.json'), JSON.stringify({ waivers: [{ rule: 'layout/junk', path: '**/.DS_Store', reason: 'tracked in ACME-1234' }] }));
    const run = await runMain(['lint', relative(directory, bundle), '--format', 'html', '--output', 'report.html', '--format', 'json'], { cwd: directory });
    json = parseReport(run.stdout).results[0]!;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(join(directory, 'report.html')).href);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the summary and the findings grouped by area, errors first', async () => {
    expect(await page.title()).toBe('bundlelint report');
    expect(await page.textContent('#verdict')).toBe('3 errors, 4 warnings, 0 infos in 1 bundle');
    expect(await page.$$eval('#summary tbody td', (cells) => cells.map((cell) => cell.textContent))).toEqual([
      'junk+symlink+ghost-line/corvid-nas-plugin-3.2.1-4471.zip', '3', '4', '0', '1', expect.stringMatching(/^\d+ KiB$/), json.sha256,
    ]);
    // Issue 20: the areas with errors first, then by name; in each, errors first.
    expect(await page.$$eval('section.area h3', (headings) => headings.map((heading) => heading.textContent))).toEqual(['checksums 3', 'archive 1', 'layout 3']);
    expect(await page.$$eval('section.area', (areas) => areas.map((area) => [...area.querySelectorAll('.badge')].map((badge) => badge.textContent).join(' ')))).toEqual(['error error error', 'warning', 'warning warning warning']);
    // The landing page's facts of the bundle.
    const bytes = readFileSync(join(directory, 'junk+symlink+ghost-line', 'corvid-nas-plugin-3.2.1-4471.zip'));
    expect(await page.$$eval('section.bundle dl.facts dd', (cells) => cells.map((cell) => cell.textContent))).toEqual([
      expect.stringMatching(/^\d+ KiB$/), createHash('md5').update(bytes).digest('hex'), createHash('sha1').update(bytes).digest('hex'), json.sha256,
    ]);
    const rows = await page.$$eval('section.area tr.finding', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    const shown = json.findings.filter((finding) => !('suppressed' in finding));
    expect(rows.map(([severity, rule, location]) => `${severity} ${rule} ${location}`).sort()).toEqual(
      shown.map((finding) => `${finding.severity} ${finding.ruleId} ${finding.location.line === undefined ? finding.location.path : `${finding.location.path}:${finding.location.line}`}`).sort(),
    );
  });

  it('keeps waived findings folded away, with their reason', async () => {
    expect(await page.isVisible('details.waived tr.finding')).toBe(false);
    await page.click('details.waived > summary');
    expect(await page.textContent('details.waived tr.finding .location')).toBe(`${ROOT}.DS_Store`);
    expect(await page.textContent('details.waived .reason')).toBe('waived by waivers[0]: tracked in ACME-1234');
  });

  it("opens a rule's page from a finding", async () => {
    expect(await page.isVisible('#rule-layout-junk h2')).toBe(false);
    await page.click(`tr.finding:has(td.location:text-is("${DOCS}!/Thumbs.db")) a.rule`);
    expect(await page.getAttribute('#rule-layout-junk', 'open')).toBe('');
    expect(await page.$$eval('#rule-layout-junk h2', (headings) => headings.map((heading) => heading.textContent))).toEqual(['What it checks', 'Why', 'How to fix', 'Examples', 'Options']);
    expect(await page.isVisible('#rule-layout-junk h2')).toBe(true);
    // The waivers' own findings have their pages beside the rules'.
    expect(await page.textContent('#rule-waivers-unused summary')).toBe('waivers/unused A waiver of the configuration matched no finding of the bundle');
  });

  it("shows the bundle's tree with sizes and digests, each file with findings marked and in sight", async () => {
    const thumbs = await page.$$eval('details.tree li', (items) =>
      items.filter((item) => item.querySelector(':scope > .name')?.textContent === 'Thumbs.db').map((item) => [...item.querySelectorAll('span')].map((span) => span.textContent)),
    );
    const zeros = Buffer.alloc(1024);
    expect(thumbs).toEqual([['Thumbs.db', '1 warning', '1.0 KiB', createHash('md5').update(zeros).digest('hex'), createHash('sha1').update(zeros).digest('hex')]]);
    // Every file a shown finding names is marked, visible without a click, and nothing else is.
    const flagged = await page.$$eval('details.tree li.flagged', (items) => items.map((item) => [item.querySelector('.name')!.textContent, item.querySelector('.badge')!.textContent, item.checkVisibility()]));
    expect(flagged.sort()).toEqual([
      ['.DS_Store', '1 error', true],
      ['MD5SUMS', '1 error', true],
      ['Thumbs.db', '1 warning', true],
      ['__MACOSX', '1 warning', true],
      ['._corvid-nas-plugin-3.2.1-docs.zip', '1 error', true],
      ['latest', '1 warning', true],
      ['~$rvid_Support_Process.docx', '1 warning', true],
    ].sort());
  });

  it('wraps long rule ids and bundle names instead of widening the page', async () => {
    const folder = join(directory, 'long');
    mkdirSync(folder);
    const name = `${'acme-storage-systems-nas-vaai-plugin-for-vsphere-'.repeat(3)}3.2.1-4471-${'x'.repeat(22)}.zip`;
    expect(name.length).toBe(184);
    // A truncated release notes PDF fires release-notes/consistent-structure, a long rule id.
    copyFileSync(await generated(directory, ['truncated-release-notes-pdf'], { documents: documentsIn('pdf') }), join(folder, name));
    const run = await runMain(['lint', name, '--format', 'html', '--output', 'long.html', '--no-config'], { cwd: folder });
    expect(run.stdout).toBe('');
    const long = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    expect(await long.goto(pathToFileURL(join(folder, 'long.html')).href).then(() => long.$$eval('a.rule', (links) => links.map((link) => link.textContent)))).toContain('release-notes/consistent-structure');
    expect(await long.$eval('html', (html) => html.scrollWidth)).toBeLessThanOrEqual(1400);
    // Each rule id stays inside its column, over none of the location's.
    const overflowing = await long.$$eval('a.rule', (links) => links.filter((link) => link.getBoundingClientRect().right > link.closest('td')!.getBoundingClientRect().right + 0.5).map((link) => link.textContent));
    expect(overflowing).toEqual([]);
    await long.close();
  });

  it('loads nothing but itself, and takes a screenshot', async () => {
    expect(requests).toEqual([pathToFileURL(join(directory, 'report.html')).href]);
    await page.goto(pathToFileURL(join(directory, 'report.html')).href);
    const shot = join(directory, 'html-report.png');
    await page.screenshot({ path: shot });
    expect(readFileSync(shot).subarray(1, 4).toString()).toBe('PNG');
    // `BUNDLELINT_UPDATE_SCREENSHOT=1 npm test -- html` refreshes the README's picture.
    if (process.env.BUNDLELINT_UPDATE_SCREENSHOT) copyFileSync(shot, join(packageRoot, 'docs', 'html-report.png'));
  });

  it('shows hostile names as text, never as markup', async () => {
    const folder = join(directory, 'hostile');
    mkdirSync(folder);
    const name = 'x/<img src=x onerror="document.title=\'owned\'">/.DS_Store';
    writeFileSync(join(folder, 'hostile.zip'), writeZip([{ name, data: Buffer.alloc(10) }]));
    await runMain(['lint', 'hostile.zip', '--format', 'html', '--output', 'hostile.html', '--no-config'], { cwd: folder });
    const hostile = await browser.newPage();
    await hostile.goto(pathToFileURL(join(folder, 'hostile.html')).href);
    expect(await hostile.title()).toBe('bundlelint report');
    expect(await hostile.$$('img')).toHaveLength(0);
    expect(await hostile.$$eval('td.location', (cells) => cells.map((cell) => cell.textContent))).toContain(name);
    await hostile.close();
  });
});
