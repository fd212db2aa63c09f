import { describe, expect, it } from 'vitest';
import { htmlBlocks } from '../../src/documents/html.js';
import { parseLandingPage } from '../../src/release/landing-page.js';

const MD5 = '9A0364B9E99BB480DD25E1F0284C8555';
const SHA1 = 'da39a3ee5e6b4b0d3255bfef95601890afd80709';

describe('parseLandingPage', () => {
  it('reads labels as vendors write them, in lower case, run together, with a colon', async () => {
    const page = await parseLandingPage('p.html', `<p>md5sum: ${MD5}<br>SHA1SUM: ${SHA1}</p><p>Size: 1,2 MB &middot; Release date: Oct. 15 2026 &middot; version: v3.2.1</p>`);
    expect(page.md5.map((fact) => [fact.value, fact.text])).toEqual([[MD5.toLowerCase(), MD5]]);
    expect(page.sha1.map((fact) => fact.value)).toEqual([SHA1]);
    expect(page.sizes.map((fact) => fact.value)).toEqual([{ bytes: [1_200_000, 1.2 * 2 ** 20], tolerance: [50_000, 0.05 * 2 ** 20] }]);
    expect(page.dates.map((fact) => [fact.value, fact.text])).toEqual([['2026-10-15', 'Oct. 15 2026']]);
    expect(page.versions.map((fact) => fact.text)).toEqual(['v3.2.1']);
  });

  it('keeps a platform named by its version apart from the product version', async () => {
    const page = await parseLandingPage('p.html', '<p>Supported: VMware ESXi version 8.0 U3.</p><h1>Corvid NAS Plugin 3.2.1</h1>');
    expect(page.versions.map((fact) => [fact.text, fact.line])).toEqual([['3.2.1', 1]]);
  });

  it('reads a one-line (minified) page by its blocks: the documentation section, the paragraph a link is in', async () => {
    const page = await parseLandingPage(
      'https://www.corvid-systems.example/nas/3.2.1',
      '<h2>Documentation</h2><ul><li><a href="docs/Corvid%20Release%20Notes.pdf?v=2">Release notes</a></li><li>Installation Guide (PDF)</li></ul><h2>Support</h2><p>Our support policy: <a href="/policy">read it</a>.</p><p><a href="/kb">Knowledge base</a></p>',
      'https://www.corvid-systems.example/nas/3.2.1',
    );
    expect(page.documents).toEqual([
      { fileName: 'Corvid Release Notes.pdf', text: 'Release notes', roles: ['release-notes'], line: 1 },
      { fileName: undefined, text: 'Installation Guide (PDF)', roles: ['install-guide'], line: 1 },
    ]);
    expect(page.links.map(({ href, purpose }) => [href, purpose])).toEqual([
      ['https://www.corvid-systems.example/nas/docs/Corvid%20Release%20Notes.pdf?v=2', undefined],
      ['https://www.corvid-systems.example/policy', 'support-policy'],
      ['https://www.corvid-systems.example/kb', undefined],
    ]);
  });

  it('reads a hostile page in bounded time: a block of many labels, thousands of documentation headings, a paragraph of thousands of links', async () => {
    const labels = `<p>${'MD5 version date size '.repeat(50_000)}</p>`;
    const headings = '<h2>Documentation</h2><p><a href="a.pdf">Release Notes</a></p>'.repeat(10_000);
    const links = `<h2>Documentation</h2><p>support policy ${'a'.repeat(200_000)} ${'<a href="/kb">x</a> '.repeat(10_000)}</p>`;
    const started = Date.now();
    const page = await parseLandingPage('p.html', labels + headings + links);
    expect(page.md5).toEqual([]);
    expect(page.documents).toHaveLength(10_000);
    expect(page.links.filter((link) => link.purpose === 'support-policy')).toHaveLength(10_000);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});

describe('htmlBlocks anchors', () => {
  it('gives each link its target, the text it shows (across a line break), its line and its block', async () => {
    const { anchors, blocks } = htmlBlocks('<p>Read the\n<a href="/policy">support\n<b>policy</b></a> first.</p>\n<p><a href="/x"><span>X</span><br>Y</a></p>');
    expect(anchors).toEqual([
      { href: '/policy', text: 'support policy', line: 2, block: 0 },
      { href: '/x', text: 'X Y', line: 4, block: 1 },
    ]);
    expect(blocks.map((block) => block.text)).toEqual(['Read the support policy first.', 'X', 'Y']);
  });
});
