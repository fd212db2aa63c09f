import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultRelease } from '../../../fixtures/release.js';
import { located, NOTES } from '../../helpers/documents.js';
import { generated, scratchDirectory } from '../../helpers/lint.js';
import { topicRuleTests } from '../../helpers/topic-rules.js';

const RULE = 'release-notes/known-issues';

describe(RULE, () => {
  topicRuleTests(RULE, 'known', 'release-notes', { line: 5, unreadable: ['truncated-release-notes-pdf', 'pdf'] });

  const directory = scratchDirectory();

  it('takes more headings from the configured vocabulary', async () => {
    const notes = ['# Corvid NAS Plugin 3.2.1 Release Notes', '', '## 3.2.1 (2026-10-15)', '', '### New', '', '- Session trunking.', '', '### Fixed', '', '- Clone timeouts.', '',
      '### Heads-up', '', '- Statistics are empty until a remount.', '', '## 3.2.0 (2026-07-02)', '', '### New', '', '- Fast clone.', ''].join('\n');
    const documents = defaultRelease().documents.map((plan) => (plan.role === 'release-notes' ? { ...plan, content: Buffer.from(notes) } : plan));
    const path = await generated(join(directory, 'heads-up'), [], { documents });
    expect(await located(RULE, path)).toEqual([{ ruleId: RULE, severity: 'error', path: NOTES, line: 3, messageId: 'missing' }]);
    expect(await located(RULE, path, { vocabulary: { [RULE]: ['Heads-up'] } })).toEqual([]);
  });
});
