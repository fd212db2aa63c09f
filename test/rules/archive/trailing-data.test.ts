import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint.js';
import { materializeCorpus } from '../../helpers/corpus.js';
import { archiveFindings, generated, scratchDirectory } from '../../helpers/lint.js';

describe('archive/trailing-data', () => {
  const directory = scratchDirectory();

  it('reads a bundle with bytes after its end record, and says so as an info', async () => {
    expect(await archiveFindings(await generated(directory, ['trailing-data']))).toEqual([
      { ruleId: 'archive/trailing-data', severity: 'info', path: '', messageId: 'trailing' },
    ]);
  });

  it('counts the bytes after the record in its message', async () => {
    const corpus = await materializeCorpus(directory);
    const result = await lint([corpus.get('go-readme.zip')!, corpus.get('go-test-trailing-junk.zip')!]);
    const messages = result.results.map((bundle) => bundle.findings.filter((finding) => finding.ruleId === 'archive/trailing-data').map((finding) => finding.message));
    expect(messages).toEqual([
      ['go-readme.zip has 1 byte after its end of central directory record, which most tools ignore and some reject; rebuild it to drop them unless something (a signature) needs them'],
      ['go-test-trailing-junk.zip has 14 bytes after its end of central directory record, which most tools ignore and some reject; rebuild it to drop them unless something (a signature) needs them'],
    ]);
  });
});
