import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBundle } from '../../fixtures/bundle.js';
import { textOfMailDomainsAndLinks } from '../../fixtures/pathological.js';
import { defaultRelease, release } from '../../fixtures/release.js';
import { DOCS, findingsOf, scratchDirectory } from '../helpers/lint.js';

/**
 * What bundlelint reads from documents' text after parsing runs on the main thread, outside the
 * parse sandbox's time limit: hostile texts within every size limit must be read in linear time.
 */
const directory = scratchDirectory();
/** Generous on a loaded CI machine; each input below took minutes before. */
const BOUND_MS = 20_000;

/** A bundle whose document of `role` is `content` in `format`, the others the default release's. */
async function bundleWith(name: string, role: string, format: 'txt' | 'md', content: Buffer): Promise<string> {
  const documents = defaultRelease().documents.map((plan) => (plan.role === role ? { ...plan, format, content } : plan));
  return writeBundle(join(directory, name), release({ documents }));
}

describe('the partner identity against many links', () => {
  it('judges 8000 links against 8000 e-mail domains in linear time', async () => {
    // Every link was judged against every domain of the partner, each domain's label recomputed: 150 s for 10,000 before.
    const bundle = await bundleWith('mail-domains', 'support', 'txt', textOfMailDomainsAndLinks(8000));
    const started = performance.now();
    const findings = await findingsOf(bundle, {}, 'support/contact');
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
    // No telephone number, and no link to a host of the partner: its domains are the addresses' (corp0.com…), the links' hosts others.
    const path = `${DOCS}!/Corvid_Support_Process.txt`;
    expect(findings).toEqual([
      { ruleId: 'support/contact', messageId: 'no-phone', location: { path } },
      { ruleId: 'support/contact', messageId: 'not-partner-url', location: { path } },
    ]);
  }, 120_000);
});

describe('list items of release notes', () => {
  it('reads items opening with long issue keys in linear time (an issue\'s number read whole)', async () => {
    // "- AB-1111…1: AB-1111…1: …": each way of splitting each number was tried, 35.7 s for one line of six keys before.
    const item = `- ${'AB-1111111111111111111111111: '.repeat(6).trimEnd()}`;
    const notes = `# Corvid NAS Plugin 3.2.1 Release Notes\n\n## Version 3.2.1 (2026-10-15)\n\n${`${item}\n`.repeat(3)}\n## Version 3.2.0 (2026-08-01)\n\n- Initial release.\n`;
    const bundle = await bundleWith('issue-keys', 'release-notes', 'md', Buffer.from(notes));
    const started = performance.now();
    const findings = await findingsOf(bundle, {}, 'release-notes/added');
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
    // The items name issues, and none says what was added.
    expect(findings).toEqual([{ ruleId: 'release-notes/added', messageId: 'missing', location: { path: `${DOCS}!/Corvid_NAS_Plugin_3.2.1_Release_Notes.md`, line: 3 } }]);
  }, 120_000);
});
