import { createHash } from 'node:crypto';
import { bundleWithMd5sums } from '../../../fixtures/scan-inputs.js';
import { writeZip } from '../../../fixtures/zip-writer.js';
import rule from '../../../rules/checksums/syntax.js';
import { ROOT } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';

const MD5SUMS = `${ROOT}MD5SUMS`;

/** Five manifests of ten lines each listing README.txt: each within a limit of 10 lines, 50 together, past the 40 a bundle may keep. */
function fiveManifests(): { fileName: string; bytes: Buffer } {
  const readme = Buffer.from('Read me.\n');
  const line = `${createHash('md5').update(readme).digest('hex')}  README.txt`;
  const manifests = ['a', 'b', 'c', 'd', 'e'].map((name) => ({ name: `acme-1.0.0/${name}.md5`, data: Buffer.from(`${Array(10).fill(line).join('\n')}\n`) }));
  return { fileName: 'acme-1.0.0.zip', bytes: writeZip([{ name: 'acme-1.0.0/README.txt', data: readme }, ...manifests]) };
}

testRule(rule, {
  valid: [],
  invalid: [
    {
      name: 'reports a bad line with its manifest and line number, the only finding',
      defects: ['bad-manifest-line'],
      findings: [
        {
          messageId: 'line',
          location: { path: MD5SUMS, line: 3 },
          message: `line 3 of ${MD5SUMS} cannot be read: its MD5 digest has 31 hex digits instead of 32; write it as "<hex digest>  <file name>", as md5sum and sha1sum do`,
        },
      ],
      others: { scope: '' },
    },
    {
      name: 'reports 100 bad lines one by one and counts the rest, for a build log pasted into MD5SUMS',
      bundle: () => bundleWithMd5sums((lines) => [...lines, ...Array.from({ length: 130 }, (_, index) => `[build] step ${index} done`)]),
      findings: [
        ...Array.from({ length: 100 }, (_, index) => ({ messageId: 'line', location: { path: MD5SUMS, line: index + 3 } })),
        {
          messageId: 'moreProblems',
          location: { path: MD5SUMS, line: 103 },
          message: `${MD5SUMS} has 30 more lines that cannot be read, from line 103 on, besides the 100 reported; regenerate the manifest with md5sum or sha1sum`,
        },
      ],
    },
    {
      name: 'reports the lines past limits.maxEntries as not checked',
      bundle: () => bundleWithMd5sums((lines) => Array.from({ length: 40 }, () => lines).flat()),
      limits: { maxEntries: 50 },
      findings: [
        {
          messageId: 'tooManyLines',
          location: { path: MD5SUMS, line: 51 },
          message: `${MD5SUMS} lists more than 50 files, the most a bundle may hold (limits.maxEntries): line 51 and the lines after it were not checked; list only the files you ship, or raise limits.maxEntries`,
        },
      ],
    },
    {
      name: 'reports the line where the manifests of a bundle together pass what it may keep',
      bundle: fiveManifests,
      limits: { maxEntries: 10 },
      findings: [
        {
          messageId: 'bundleTooLarge',
          location: { path: 'acme-1.0.0/e.md5', line: 1 },
          message: 'the manifests of the bundle list more than 40 entry lines by line 1 of acme-1.0.0/e.md5: that line and the lines after it were not checked; list only the files you ship',
        },
      ],
    },
  ],
});
