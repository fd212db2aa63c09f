import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { located, VARIANTS } from '../../helpers/documents.js';
import { DOCS, generated, scratchDirectory } from '../../helpers/lint.js';

const RULE = 'docs/help-link';

describe(RULE, () => {
  const directory = scratchDirectory();

  it('reports documentation whose only links are to VMware', async () => {
    expect(await located(RULE, await generated(join(directory, 'vmware'), [], { helpUrl: 'https://kb.vmware.com/s/article/2140' }))).toEqual([
      { ruleId: RULE, severity: 'error', path: DOCS, messageId: 'missing' },
    ]);
  });

  it('reports documentation with no link at all', async () => {
    expect(await located(RULE, await generated(join(directory, 'none'), [], { omit: ['help', 'contact'] }))).toEqual([
      { ruleId: RULE, severity: 'error', path: DOCS, messageId: 'missing' },
    ]);
  });

  it('takes the hosts that do not count from its options', async () => {
    const settings = { [RULE]: ['error', { neutralHosts: ['corvid-systems.example'] }] as const };
    expect(await located(RULE, await generated(join(directory, 'own'), []), { settings })).toEqual([{ ruleId: RULE, severity: 'error', path: DOCS, messageId: 'missing' }]);
  });

  it.each(VARIANTS)('finds the partner link with %s', async (name, changes) => {
    expect(await located(RULE, await generated(join(directory, name), [], changes))).toEqual([]);
  });
});
