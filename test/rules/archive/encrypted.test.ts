import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint.js';
import { materializeCorpus } from '../../helpers/corpus.js';
import { archiveFindings, DOCS, generated, scratchDirectory } from '../../helpers/lint.js';

describe('archive/encrypted', () => {
  const directory = scratchDirectory();

  it('reports a ZipCrypto entry in the documents zip, without reading it', async () => {
    const bundle = await generated(directory, ['encrypted-entry']);
    expect(await archiveFindings(bundle)).toEqual([
      { ruleId: 'archive/encrypted', severity: 'error', path: `${DOCS}!/Corvid_NAS_Plugin_3.2.1_Release_Notes.md`, messageId: 'encrypted' },
    ]);
  });

  it('names the scheme: WinZip AES, and PKWARE strong encryption found in the directory', async () => {
    const corpus = await materializeCorpus(directory);
    const aes = await lint([corpus.get('recext-TestDataEncryptedAES.zip')!]);
    const encrypted = aes.results[0]!.findings.filter((finding) => finding.ruleId === 'archive/encrypted');
    expect(encrypted.map((finding) => [finding.location.path, finding.message])).toEqual([
      ['TestData/Foo/Bar/Lorem.txt', 'TestData/Foo/Bar/Lorem.txt is encrypted with WinZip AES, so reviewers cannot read or verify it; ship it without a password'],
      ['TestData/Foo/Lorem.txt', 'TestData/Foo/Lorem.txt is encrypted with WinZip AES, so reviewers cannot read or verify it; ship it without a password'],
      ['TestData/Lorem.txt', 'TestData/Lorem.txt is encrypted with WinZip AES, so reviewers cannot read or verify it; ship it without a password'],
    ]);
    expect(await archiveFindings(corpus.get('yauzl-failure-strong_encryption_is_not_supported.zip')!)).toEqual([
      { ruleId: 'archive/encrypted', severity: 'error', path: '', messageId: 'encrypted' },
    ]);
  });
});
