import rule from '../../../rules/landing/facts.js';
import { testRule } from '../../helpers/rule-tester.js';
import { page } from './page.js';

const BUNDLE = 'corvid-nas-plugin-3.2.1-4471.zip';
const MD5 = 'a67169330d0cb60194a3ae126f1afad1';
const SHA1 = 'db2dbe62ae3fc1dcffda2faba360038cb33ba49c';
const NOTES = 'the release notes Corvid_NAS_Plugin_3.2.1_Release_Notes.md ("Version 3.2.1 (build 4471), 2026-10-15")';
const AT = { path: '' };

testRule(rule, {
  valid: [
    { name: "accepts a table of rows with the guide's labels, the size in bytes and an ISO date", landingPage: page() },
    { name: 'accepts a table of columns with other labels, the size in MB and a long date', landingPage: page({ layout: 'columns', labels: 'vendor', size: 'mb', date: 'long' }) },
    { name: 'accepts a definition list with the size in KiB and a European date', landingPage: page({ layout: 'definitions', size: 'kib', date: 'european' }) },
    { name: 'accepts prose, a month for the date and the build after the version', landingPage: page({ layout: 'prose', date: 'month', labels: 'vendor' }, { version: '3.2.1 (build 4471)' }) },
    { name: 'is silent without --landing-page' },
  ],
  invalid: [
    {
      name: 'reports a page of the earlier release, in a definition list: its version and date',
      landingPage: page({ layout: 'definitions' }, { version: '3.2.0', date: '2026-07-02' }),
      findings: [
        { messageId: 'date', location: AT, message: `the landing page landing.html gives the release date 2026-07-02 (line 12), but the bundle's release date is 2026-10-15 (${NOTES}); make them the same` },
        { messageId: 'version', location: AT, message: `the landing page landing.html gives version 3.2.0 (line 10), but the bundle is version 3.2.1 build 4471 (${NOTES}); publish the page of this release or correct its version` },
      ],
    },
    {
      name: 'reads the version from the heading of a page that labels none',
      landingPage: page({ omit: ['version'] }, { product: 'Corvid NAS Plugin 3.1.4' }),
      findings: [
        { messageId: 'version', location: AT, message: `the landing page landing.html gives version 3.1.4 (line 6), but the bundle is version 3.2.1 build 4471 (${NOTES}); publish the page of this release or correct its version` },
      ],
    },
    {
      name: 'reports checksums and a size of another file, in a table of columns',
      landingPage: page({ layout: 'columns', labels: 'vendor', size: 'mb' }, { md5: 'f'.repeat(32), sha1: '0'.repeat(40), size: 1_250_000 }),
      findings: [
        { messageId: 'checksum', location: AT, message: `the landing page landing.html gives MD5 SUM ${'f'.repeat(32)} (line 10), but ${BUNDLE} has MD5 SUM ${MD5}; publish the checksums of the file you upload` },
        { messageId: 'checksum', location: AT, message: `the landing page landing.html gives SHA1 SUM ${'0'.repeat(40)} (line 10), but ${BUNDLE} has SHA1 SUM ${SHA1}; publish the checksums of the file you upload` },
        { messageId: 'size', location: AT, message: `the landing page landing.html gives the size 1.3 MB (line 10), but ${BUNDLE} holds 58,296 bytes (57 KiB); state the size of the file you upload` },
      ],
    },
    {
      name: 'reports a size in bytes that is off by one',
      landingPage: page({}, { size: 58_297 }),
      findings: [{ messageId: 'size', location: AT, message: `the landing page landing.html gives the size 58,297 bytes (line 13), but ${BUNDLE} holds 58,296 bytes (57 KiB); state the size of the file you upload` }],
    },
    {
      name: 'reports facts the page does not state, in prose',
      landingPage: page({ layout: 'prose', omit: ['md5', 'size'] }),
      findings: [
        { messageId: 'missing', location: AT, message: `the landing page landing.html states no MD5 SUM (no label such as "MD5 SUM" or "MD5 checksum" with a value after it); add it: MD5 SUM ${MD5}` },
        { messageId: 'missing', location: AT, message: 'the landing page landing.html states no file size (no label such as "File size", "Size" or "Download" with a value after it); add it: file size 58,296 bytes (57 KiB)' },
      ],
    },
    {
      name: 'reports a definition list without the release date and the SHA-1',
      landingPage: page({ layout: 'definitions', omit: ['date', 'sha1'] }),
      findings: [
        { messageId: 'missing', location: AT, message: `the landing page landing.html states no SHA1 SUM (no label such as "SHA1 SUM" or "SHA-1 checksum" with a value after it); add it: SHA1 SUM ${SHA1}` },
        { messageId: 'missing', location: AT, message: 'the landing page landing.html states no date certified or released (no label such as "Release date", "Released" or "Date certified" with a value after it); add it: date certified or released 2026-10-15' },
      ],
    },
    {
      name: 'reports a page that is not text',
      landingPage: () => '\u0000\u0001binary',
      findings: [{ messageId: 'unreadable', location: AT, message: 'the landing page landing.html could not be read: it holds binary data, not HTML; give its saved HTML or an address that answers' }],
    },
    {
      name: 'reports a page larger than a landing page holds',
      landingPage: () => `<p>${'x'.repeat(2 * 2 ** 20)}</p>`,
      findings: [{ messageId: 'unreadable', location: AT, message: 'the landing page landing.html could not be read: it is larger than 2.0 MiB, more than a landing page holds; give its saved HTML or an address that answers' }],
    },
  ],
});
