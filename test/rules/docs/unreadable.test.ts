import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentPath, located, VARIANTS } from '../../helpers/documents.js';
import { generated, scratchDirectory } from '../../helpers/lint.js';

const RULE = 'docs/unreadable';

describe(RULE, () => {
  const directory = scratchDirectory();

  it('reports a truncated PDF', async () => {
    expect(await located(RULE, await generated(join(directory, 'truncated'), ['truncated-release-notes-pdf']))).toEqual([
      { ruleId: RULE, severity: 'error', path: documentPath('release-notes', 'pdf'), messageId: 'unreadable' },
    ]);
  });

  it('reports a password-protected DOCX', async () => {
    expect(await located(RULE, await generated(join(directory, 'password'), ['password-guide-docx']))).toEqual([
      { ruleId: RULE, severity: 'error', path: documentPath('install-guide', 'docx'), messageId: 'unreadable' },
    ]);
  });

  it('leaves documents the archive could not give back to the archive rules', async () => {
    expect(await located(RULE, await generated(join(directory, 'encrypted-entry'), ['encrypted-entry']))).toEqual([]);
  });

  it.each(VARIANTS)('reads every document with %s', async (name, changes) => {
    expect(await located(RULE, await generated(join(directory, name), [], changes))).toEqual([]);
  });
});
