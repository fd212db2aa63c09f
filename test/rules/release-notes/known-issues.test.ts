import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOTES, VARIANTS, documentPath, documentsIn, located } from '../../helpers/documents.js';
import { generated, scratchDirectory } from '../../helpers/lint.js';
import { defaultRelease } from '../../../fixtures/release.js';

const RULE = 'release-notes/known-issues';

describe(RULE, () => {
  const directory = scratchDirectory();

  it('reports documents that leave the topic out', async () => {
    expect(await located(RULE, await generated(join(directory, 'omitted'), [], { omit: ['known'] }))).toEqual([
      { ruleId: RULE, severity: 'error', path: NOTES, line: 5, messageId: 'missing' },
    ]);
  });

  it('reports the topic left out of a PDF with labelled paragraphs', async () => {
    const changes = { omit: ['known' as const], wording: 'labelled' as const, documents: documentsIn('pdf') };
    expect(await located(RULE, await generated(join(directory, 'omitted-pdf'), [], changes))).toEqual([
      { ruleId: RULE, severity: 'error', path: documentPath('release-notes', 'pdf'), messageId: 'missing' },
    ]);
  });

  it.each(VARIANTS)('finds the topic with %s', async (name, changes) => {
    expect(await located(RULE, await generated(join(directory, name), [], changes))).toEqual([]);
  });

  it('says it could not check a document that could not be read', async () => {
    expect(await located(RULE, await generated(join(directory, 'unreadable'), ['truncated-release-notes-pdf']))).toEqual([
      { ruleId: RULE, severity: 'error', path: documentPath('release-notes', 'pdf'), messageId: 'unreadable' },
    ]);
  });

  it('takes more headings from the configured vocabulary', async () => {
    const notes = ['# Corvid NAS Plugin 3.2.1 Release Notes', '', '## 3.2.1 (2026-10-15)', '', '### New', '', '- Session trunking.', '', '### Fixed', '', '- Clone timeouts.', '',
      '### Heads-up', '', '- Statistics are empty until a remount.', '', '## 3.2.0 (2026-07-02)', '', '### New', '', '- Fast clone.', ''].join('\n');
    const documents = defaultRelease().documents.map((plan) => (plan.role === 'release-notes' ? { ...plan, content: Buffer.from(notes) } : plan));
    const path = await generated(join(directory, 'heads-up'), [], { documents });
    expect(await located(RULE, path)).toEqual([{ ruleId: RULE, severity: 'error', path: NOTES, line: 3, messageId: 'missing' }]);
    expect(await located(RULE, path, { vocabulary: { [RULE]: ['Heads-up'] } })).toEqual([]);
  });
});
