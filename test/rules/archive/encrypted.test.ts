import rule from '../../../rules/archive/encrypted.js';
import { corpusArchive } from '../../helpers/corpus.js';
import { DOCS } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';

const aes = (path: string) => ({
  messageId: 'encrypted',
  location: { path },
  message: `${path} is encrypted with WinZip AES, so reviewers cannot read or verify it; ship it without a password`,
});

testRule(rule, {
  valid: [],
  invalid: [
    {
      name: 'reports a ZipCrypto entry in the documents zip, without reading it',
      defects: ['encrypted-entry'],
      findings: [{ messageId: 'encrypted', location: { path: `${DOCS}!/Corvid_NAS_Plugin_3.2.1_Release_Notes.md` } }],
      others: { scope: 'archive/' },
    },
    {
      name: 'names the scheme: WinZip AES',
      bundle: (directory) => corpusArchive(directory, 'recext-TestDataEncryptedAES.zip'),
      findings: [aes('TestData/Foo/Bar/Lorem.txt'), aes('TestData/Foo/Lorem.txt'), aes('TestData/Lorem.txt')],
    },
    {
      name: 'finds PKWARE strong encryption in the directory',
      bundle: (directory) => corpusArchive(directory, 'yauzl-failure-strong_encryption_is_not_supported.zip'),
      findings: [{ messageId: 'encrypted', location: { path: '' } }],
      others: { scope: 'archive/' },
    },
  ],
});
