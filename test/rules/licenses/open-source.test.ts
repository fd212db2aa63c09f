import { describe, expect, it } from 'vitest';
import { generated, ROOT, ruleFindings, scratchDirectory } from '../../helpers/lint.js';

describe('licenses/open-source', () => {
  const directory = scratchDirectory();

  it('warns when no open-source notices are delivered', async () => {
    expect(await ruleFindings('licenses/open-source', await generated(directory, ['no-notices']))).toEqual([
      { ruleId: 'licenses/open-source', severity: 'warning', path: ROOT, messageId: 'missing' },
    ]);
  });

  it.each(['THIRD-PARTY-NOTICES', 'Open_Source_Licenses', 'NOTICE'])('recognises notices named %s', async (fileName) => {
    const documents = [{ role: 'notices' as const, format: 'txt' as const, fileName }];
    expect(await ruleFindings('licenses/open-source', await generated(directory, [], { documents }))).toEqual([]);
  });
});
