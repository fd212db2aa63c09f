import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUPPORT, VARIANTS, documentPath, documentsIn, located } from '../../helpers/documents.js';
import { generated, scratchDirectory } from '../../helpers/lint.js';

const RULE = 'support/information-to-gather';

describe(RULE, () => {
  const directory = scratchDirectory();

  it('reports documents that leave the topic out', async () => {
    expect(await located(RULE, await generated(join(directory, 'omitted'), [], { omit: ['gather'] }))).toEqual([
      { ruleId: RULE, severity: 'error', path: SUPPORT, messageId: 'missing' },
    ]);
  });

  it('reports the topic left out of a PDF with labelled paragraphs', async () => {
    const changes = { omit: ['gather' as const], wording: 'labelled' as const, documents: documentsIn('pdf') };
    expect(await located(RULE, await generated(join(directory, 'omitted-pdf'), [], changes))).toEqual([
      { ruleId: RULE, severity: 'error', path: documentPath('support', 'pdf'), messageId: 'missing' },
    ]);
  });

  it.each(VARIANTS)('finds the topic with %s', async (name, changes) => {
    expect(await located(RULE, await generated(join(directory, name), [], changes))).toEqual([]);
  });
});
