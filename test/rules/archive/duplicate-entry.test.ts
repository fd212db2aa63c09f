import { describe, expect, it } from 'vitest';
import { materializeCorpus } from '../../helpers/corpus.js';
import { archiveFindings, DOCS, generated, scratchDirectory } from '../../helpers/lint.js';

describe('archive/duplicate-entry', () => {
  const directory = scratchDirectory();

  it('reports names that differ only by letter case', async () => {
    expect(await archiveFindings(await generated(directory, ['case-duplicate']))).toEqual([
      { ruleId: 'archive/duplicate-entry', severity: 'error', path: `${DOCS}!/corvid_nas_plugin_3.2.1_release_notes.md`, messageId: 'case' },
    ]);
  });

  it('reports names that differ only by Unicode normalisation', async () => {
    expect(await archiveFindings(await generated(directory, ['normalization-duplicate']))).toEqual([
      { ruleId: 'archive/duplicate-entry', severity: 'error', path: `${DOCS}!/${'Café_notices.txt'.normalize('NFD')}`, messageId: 'normalization' },
    ]);
  });

  it('reports an exact duplicate once, and leaves a __proto__ entry alone', async () => {
    const corpus = await materializeCorpus(directory);
    expect(await archiveFindings(corpus.get('local-duplicate-names-and-proto.zip')!)).toEqual([
      { ruleId: 'archive/duplicate-entry', severity: 'error', path: 'docs/readme.txt', messageId: 'exact' },
    ]);
  });
});
