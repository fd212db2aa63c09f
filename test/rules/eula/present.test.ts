import { describe, expect, it } from 'vitest';
import { DOCS, generated, ROOT, ruleFindings, scratchDirectory } from '../../helpers/lint.js';

describe('eula/present', () => {
  const directory = scratchDirectory();

  it('reports a bundle without an EULA', async () => {
    expect(await ruleFindings('eula/present', await generated(directory, ['no-eula']))).toEqual([
      { ruleId: 'eula/present', severity: 'error', path: ROOT, messageId: 'missing' },
    ]);
  });

  it('reports an empty EULA', async () => {
    expect(await ruleFindings('eula/present', await generated(directory, ['empty-eula']))).toEqual([
      { ruleId: 'eula/present', severity: 'error', path: `${DOCS}!/EULA.txt`, messageId: 'empty' },
    ]);
  });

  it('does not count an EULA that is only inside the installer', async () => {
    expect(await ruleFindings('eula/present', await generated(directory, ['docs-in-installer']))).toEqual([
      { ruleId: 'eula/present', severity: 'error', path: ROOT, messageId: 'missing' },
    ]);
  });

  it.each([
    ['at the top', { layout: { rootFolder: true, eula: 'top' as const } }],
    ['as HTML in the documentation zip', { documents: [{ role: 'eula' as const, format: 'html' as const, fileName: 'End_User_License_Agreement' }] }],
  ])('accepts an EULA %s', async (_, changes) => {
    expect(await ruleFindings('eula/present', await generated(directory, [], changes))).toEqual([]);
  });
});
