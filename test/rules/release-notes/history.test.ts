import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentPath, located, NOTES } from '../../helpers/documents.js';
import { generated, scratchDirectory } from '../../helpers/lint.js';

const RULE = 'release-notes/history';

describe(RULE, () => {
  const directory = scratchDirectory();

  it('reports notes that hold the current version only', async () => {
    expect(await located(RULE, await generated(join(directory, 'omitted'), [], { omit: ['history'] }))).toEqual([
      { ruleId: RULE, severity: 'error', path: NOTES, messageId: 'missing' },
    ]);
  });

  it('accepts a first release whose notes say so', async () => {
    expect(await located(RULE, await generated(join(directory, 'first'), [], { history: [] }))).toEqual([]);
  });

  it('reports notes that claim a first release when an earlier bundle was released', async () => {
    const first = await generated(join(directory, 'first-again'), [], { history: [] });
    const earlier = await generated(join(directory, 'earlier'), [], { notes: { ...(await import('../../../fixtures/release.js')).defaultRelease().history[0]! } });
    expect(await located(RULE, first, { previous: [earlier] })).toEqual([{ ruleId: RULE, severity: 'error', path: NOTES, messageId: 'first-but-previous' }]);
  });

  it('says it could not check release notes that could not be read', async () => {
    expect(await located(RULE, await generated(join(directory, 'unreadable'), ['truncated-release-notes-pdf']))).toEqual([
      { ruleId: RULE, severity: 'error', path: documentPath('release-notes', 'pdf'), messageId: 'unreadable' },
    ]);
  });
});
