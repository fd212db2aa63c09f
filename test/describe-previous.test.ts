import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeBundle } from '../fixtures/bundle.js';
import { defaultRelease, release } from '../fixtures/release.js';
import { lint } from '../src/lint.js';
import { formatHtml } from '../src/report/html.js';
import { builtinRules } from '../rules/index.js';
import { runMain } from './helpers/cli.js';
import { DEPOT, DOCS, ROOT, scratchDirectory, VIB } from './helpers/lint.js';

const base = defaultRelease();
const NOTES = `${DOCS}!/Corvid_NAS_Plugin_3.2.1_Release_Notes.md`;
const GUIDE = `${DOCS}!/Corvid_NAS_Plugin_Installation_and_Configuration_Guide.html`;
/** What differs between 3.2.0 and 3.2.1 of the generated release: the installer, the documents naming the version, the manifests. */
const CHANGED = [DEPOT, `${DEPOT}!/metadata.zip`, VIB, DOCS, NOTES, GUIDE, `${ROOT}MD5SUMS`, `${ROOT}SHA1SUMS`];

describe('bundlelint describe --previous', { timeout: 180_000 }, () => {
  const directory = scratchDirectory();
  let previous = '';
  let current = '';
  let shortened = '';
  let grown = '';
  beforeAll(async () => {
    // 3.2.0, whose notes list 3.1.4 before it; then 3.2.1 listing both, 3.2.1 listing 3.2.0 alone, 3.2.1 with a new document.
    previous = await writeBundle(join(directory, 'previous'), release({ notes: base.history[0]!, history: [base.history[1]!] }));
    current = await writeBundle(join(directory, 'current'), release());
    shortened = await writeBundle(join(directory, 'shortened'), release({ history: [base.history[0]!] }));
    grown = await writeBundle(join(directory, 'grown'), release({ documents: [...base.documents, { role: 'support', format: 'md', fileName: 'Corvid_Log_Collection' }] }));
  });

  it('adds the version before and now, the files changed by digest, and that the history kept every earlier release', async () => {
    const run = await runMain(['describe', current, '--previous', previous]);
    expect(run.code).toBe(0);
    const tail = run.stdout.slice(run.stdout.indexOf('Previous'));
    expect(tail).toBe(
      [
        `Previous      ${previous}`,
        'Version       3.2.0 build 4410 -> 3.2.1 build 4471',
        'Added         none',
        'Removed       none',
        ...CHANGED.map((path, index) => `${index === 0 ? 'Changed' : ''}`.padEnd(14) + path),
        'History       the release notes keep every earlier release the previous notes listed',
        '',
      ].join('\n'),
    );
  });

  it('says which earlier release the notes dropped, and lists an added document, in JSON too', async () => {
    const dropped = JSON.parse((await runMain(['describe', shortened, '--previous', previous, '--format', 'json'])).stdout) as { changes: unknown };
    expect(dropped.changes).toEqual({
      previous,
      version: { previous: '3.2.0 build 4410', current: '3.2.1 build 4471' },
      added: [],
      removed: [],
      changed: CHANGED,
      history: { kept: false, missing: ['3.1.4 build 4302'] },
    });
    const added = JSON.parse((await runMain(['describe', grown, '--previous', previous, '--format', 'json'])).stdout) as { changes: { added: string[]; removed: string[] } };
    expect([added.changes.added, added.changes.removed]).toEqual([[`${DOCS}!/Corvid_Log_Collection.md`], []]);
    // The other way round, the document is removed.
    const removed = JSON.parse((await runMain(['describe', previous, '--previous', grown, '--format', 'json'])).stdout) as { changes: { added: string[]; removed: string[] } };
    expect([removed.changes.added, removed.changes.removed]).toEqual([[], [`${DOCS}!/Corvid_Log_Collection.md`]]);
  });

  it('gives the same comparison in the HTML report', async () => {
    const result = await lint([shortened], { previous: [previous], files: true, now: new Date('2026-11-30') });
    expect(result.results[0]!.changes).toEqual([
      { previous, version: { previous: '3.2.0 build 4410', current: '3.2.1 build 4471' }, added: [], removed: [], changed: CHANGED, history: { kept: false, missing: ['3.1.4 build 4302'] } },
    ]);
    const page = await formatHtml(result, builtinRules);
    const section = page.slice(page.indexOf('<section class="changes">'), page.indexOf('</section>', page.indexOf('<section class="changes">')));
    expect(section).toBe(
      `<section class="changes">\n<h3>Since ${previous}</h3>\n<dl class="facts"><dt>version</dt><dd>3.2.0 build 4410 → 3.2.1 build 4471</dd>` +
        '<dt>added <span class="count">0</span></dt><dd>none</dd><dt>removed <span class="count">0</span></dt><dd>none</dd>' +
        `<dt>changed <span class="count">8</span></dt><dd><ul>${CHANGED.map((path) => `<li><code>${path}</code></li>`).join('')}</ul></dd>` +
        '<dt>history</dt><dd class="dropped">the release notes drop 3.1.4 build 4302, which the previous release listed; keep every earlier release&#39;s section</dd></dl>\n',
    );
    // Without the HTML report's files, a lint run compares nothing (the JSON report's shape is fixed).
    expect((await lint([shortened], { previous: [previous], now: new Date('2026-11-30') })).results[0]!.changes).toBeUndefined();
  });
});
