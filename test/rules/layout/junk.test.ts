import { describe, expect, it } from 'vitest';
import { DOCS, generated, ROOT, ruleFindings, scratchDirectory } from '../../helpers/lint.js';

describe('layout/junk', () => {
  const directory = scratchDirectory();

  it('reports debris at the top and inside the documentation zip, a debris folder once', async () => {
    expect(await ruleFindings('layout/junk', await generated(directory, ['junk']))).toEqual([
      { ruleId: 'layout/junk', severity: 'warning', path: '__MACOSX/', messageId: 'directory' },
      { ruleId: 'layout/junk', severity: 'warning', path: `${ROOT}.DS_Store`, messageId: 'file' },
      { ruleId: 'layout/junk', severity: 'warning', path: `${DOCS}!/Thumbs.db`, messageId: 'file' },
      { ruleId: 'layout/junk', severity: 'warning', path: `${DOCS}!/~$rvid_Support_Process.docx`, messageId: 'file' },
    ]);
  });

  it('finds the debris of the corpus archive made on a Mac', async () => {
    const { materializeCorpus } = await import('../../helpers/corpus.js');
    const corpus = await materializeCorpus(directory);
    expect(await ruleFindings('layout/junk', corpus.get('recext-TestData.zip')!)).toEqual([
      { ruleId: 'layout/junk', severity: 'warning', path: 'TestData/.DS_Store', messageId: 'file' },
      { ruleId: 'layout/junk', severity: 'warning', path: '__MACOSX/', messageId: 'directory' },
    ]);
  });

  it('takes its patterns from its options', async () => {
    const settings = { 'layout/junk': ['warning', { files: ['Thumbs.db'], directories: [] }] as const };
    expect(await ruleFindings('layout/junk', await generated(directory, ['junk']), { settings })).toEqual([
      { ruleId: 'layout/junk', severity: 'warning', path: `${DOCS}!/Thumbs.db`, messageId: 'file' },
    ]);
  });
});
