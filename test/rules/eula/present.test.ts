import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../fixtures/office.js';
import { defaultRelease } from '../../../fixtures/release.js';
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

  it('reports an EULA whose document holds no text', async () => {
    const documents = defaultRelease().documents.map((plan) => (plan.role === 'eula' ? { ...plan, format: 'docx' as const, content: renderDocx('', []) } : plan));
    expect(await ruleFindings('eula/present', await generated(join(directory, 'blank'), [], { documents }))).toEqual([
      { ruleId: 'eula/present', severity: 'error', path: `${DOCS}!/EULA.docx`, messageId: 'empty' },
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
