import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDE, VARIANTS, documentPath, documentsIn, located } from '../../helpers/documents.js';
import { generated, scratchDirectory } from '../../helpers/lint.js';

const RULE = 'install-guide/prerequisites';

describe(RULE, () => {
  const directory = scratchDirectory();

  it('reports documents that leave the topic out', async () => {
    expect(await located(RULE, await generated(join(directory, 'omitted'), [], { omit: ['prerequisites'] }))).toEqual([
      { ruleId: RULE, severity: 'error', path: GUIDE, messageId: 'missing' },
    ]);
  });

  it('reports the topic left out of a PDF with labelled paragraphs', async () => {
    const changes = { omit: ['prerequisites' as const], wording: 'labelled' as const, documents: documentsIn('pdf') };
    expect(await located(RULE, await generated(join(directory, 'omitted-pdf'), [], changes))).toEqual([
      { ruleId: RULE, severity: 'error', path: documentPath('install-guide', 'pdf'), messageId: 'missing' },
    ]);
  });

  it.each(VARIANTS)('finds the topic with %s', async (name, changes) => {
    expect(await located(RULE, await generated(join(directory, name), [], changes))).toEqual([]);
  });

  it('says it could not check a document that could not be read', async () => {
    expect(await located(RULE, await generated(join(directory, 'unreadable'), ['password-guide-docx']))).toEqual([
      { ruleId: RULE, severity: 'error', path: documentPath('install-guide', 'docx'), messageId: 'unreadable' },
    ]);
  });
});
