import { describe, expect, it } from 'vitest';
import { generated, ROOT, ruleFindings, scratchDirectory } from '../../helpers/lint.js';

describe('layout/installer', () => {
  const directory = scratchDirectory();

  it('reports a bundle without an installer', async () => {
    expect(await ruleFindings('layout/installer', await generated(directory, ['no-installer']))).toEqual([
      { ruleId: 'layout/installer', severity: 'error', path: ROOT, messageId: 'missing' },
    ]);
  });

  it.each(['offline-bundle', 'component', 'vib', 'exe'] as const)('recognises a %s installer', async (installer) => {
    expect(await ruleFindings('layout/installer', await generated(directory, [], { installer }))).toEqual([]);
  });

  it('takes more installer names from its options', async () => {
    const bundle = await generated(directory, ['no-installer', 'late-file']);
    expect(await ruleFindings('layout/installer', bundle, { settings: { 'layout/installer': ['error', { patterns: ['corvid-cli-*.tar.gz'] }] } })).toEqual([]);
  });
});
