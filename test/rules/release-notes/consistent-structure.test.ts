import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultRelease } from '../../../fixtures/release.js';
import { documentPath, located, NOTES, VARIANTS } from '../../helpers/documents.js';
import { generated, scratchDirectory } from '../../helpers/lint.js';

const RULE = 'release-notes/consistent-structure';

describe(RULE, () => {
  const directory = scratchDirectory();

  it('reports an earlier version whose notes lack a part the current one has', async () => {
    const [newer, older] = defaultRelease().history;
    const history = [newer!, { ...older!, known: [] }];
    // The Markdown notes: 3.1.4 is the second version under "Release History", at line 37.
    expect(await located(RULE, await generated(join(directory, 'older-without-known'), [], { history }))).toEqual([
      { ruleId: RULE, severity: 'warning', path: NOTES, line: 37, messageId: 'different' },
    ]);
  });

  it.each(VARIANTS)('accepts versions organised alike with %s', async (name, changes) => {
    expect(await located(RULE, await generated(join(directory, name), [], changes))).toEqual([]);
  });

  it('says it could not check release notes that could not be read', async () => {
    expect(await located(RULE, await generated(join(directory, 'unreadable'), ['truncated-release-notes-pdf']))).toEqual([
      { ruleId: RULE, severity: 'warning', path: documentPath('release-notes', 'pdf'), messageId: 'unreadable' },
    ]);
  });
});
