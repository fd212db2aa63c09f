import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentPath, documentsIn, located, SUPPORT, VARIANTS } from '../../helpers/documents.js';
import { generated, scratchDirectory } from '../../helpers/lint.js';

const RULE = 'support/contact';

describe(RULE, () => {
  const directory = scratchDirectory();

  it('reports a support process without a URL or a telephone number', async () => {
    expect(await located(RULE, await generated(join(directory, 'omitted'), [], { omit: ['contact'] }))).toEqual([
      { ruleId: RULE, severity: 'error', path: SUPPORT, messageId: 'no-phone' },
      { ruleId: RULE, severity: 'error', path: SUPPORT, messageId: 'no-url' },
    ]);
  });

  it('reports a number that is not toll-free', async () => {
    const changes = { supportPhone: '+44 20 7946 0958', documents: documentsIn('docx') };
    expect(await located(RULE, await generated(join(directory, 'london'), [], changes))).toEqual([
      { ruleId: RULE, severity: 'error', path: documentPath('support', 'docx'), messageId: 'not-toll-free' },
    ]);
  });

  it.each(['1-800-555-0199', '(888) 555 0199', '+1 877.555.0199', '0800 917 4455 (freephone)', '+33 805 55 01 99 (numéro vert)'])('accepts the toll-free number %s', async (supportPhone) => {
    expect(await located(RULE, await generated(join(directory, supportPhone.replace(/\W+/g, '-')), [], { supportPhone }))).toEqual([]);
  });

  it.each(VARIANTS)('finds the contacts with %s', async (name, changes) => {
    expect(await located(RULE, await generated(join(directory, name), [], changes))).toEqual([]);
  });
});
