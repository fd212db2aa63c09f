import { describe, expect, it } from 'vitest';
import { algorithmOfName, parseManifest } from '../../src/formats/manifests.js';

const MD5 = 'd41d8cd98f00b204e9800998ecf8427e';
const SHA1 = 'da39a3ee5e6b4b0d3255bfef95601890afd80709';

describe('checksum manifests', () => {
  it.each([
    ['MD5SUMS', 'md5'],
    ['SHA1SUMS', 'sha1'],
    ['md5sum.txt', 'md5'],
    ['sha1sums.txt', 'sha1'],
    ['SHA256SUMS', 'sha256'],
    ['acme-2.4.0.zip.md5', 'md5'],
    ['docs.sha1', 'sha1'],
    ['CHECKSUMS', undefined],
    ['checksums.txt', undefined],
  ])('%s announces %s', (name, algorithm) => {
    expect(algorithmOfName(name)).toBe(algorithm);
  });

  it('reads GNU text and binary lines, BSD -r lines, escaped names, CRLF, a BOM and comments', () => {
    const text = `\uFEFF# made by md5sum\r\n${MD5}  a.zip\r\n${MD5.toUpperCase()} *b.zip\r\n\r\n${MD5} c d.zip\r\n\\${MD5}  e\\\\f.zip\r\n`;
    expect(parseManifest(text, 'MD5SUMS')).toEqual({
      algorithms: ['md5'],
      lines: [
        { line: 2, algorithm: 'md5', digest: MD5, name: 'a.zip' },
        { line: 3, algorithm: 'md5', digest: MD5, name: 'b.zip' },
        { line: 5, algorithm: 'md5', digest: MD5, name: 'c d.zip' },
        { line: 6, algorithm: 'md5', digest: MD5, name: 'e\\f.zip' },
      ],
      problems: [],
    });
  });

  it('reads a combined BSD-tagged file, and GNU lines whose algorithm is their length', () => {
    const text = `MD5 (a.zip) = ${MD5}\nSHA1 (a.zip) = ${SHA1}\nSHA-256 (a.zip)= ${'0'.repeat(64)}\n${SHA1}  b.zip\n`;
    const parsed = parseManifest(text, 'CHECKSUMS');
    expect(parsed.algorithms).toEqual(['md5', 'sha1', 'sha256']);
    expect(parsed.lines.map((line) => [line.algorithm, line.name])).toEqual([['md5', 'a.zip'], ['sha1', 'a.zip'], ['sha256', 'a.zip'], ['sha1', 'b.zip']]);
    expect(parsed.problems).toEqual([]);
  });

  it('reports each line it cannot read, with the reason', () => {
    const text = `${SHA1}  a.zip\n${MD5}\nnot a line\nMD5 (x) = abc\n${'f'.repeat(50)}  y\n`;
    expect(parseManifest(text, 'MD5SUMS').problems).toEqual([
      { line: 1, text: `${SHA1}  a.zip`, reason: 'its MD5 digest has 40 hex digits instead of 32' },
      { line: 2, text: MD5, reason: 'it names no file' },
      { line: 3, text: 'not a line', reason: 'it is not a checksum line: expected "<hex digest>  <file name>" or "MD5 (<file name>) = <hex digest>"' },
      { line: 4, text: 'MD5 (x) = abc', reason: 'its MD5 digest has 3 hex digits instead of 32' },
      { line: 5, text: `${'f'.repeat(50)}  y`, reason: 'its MD5 digest has 50 hex digits instead of 32' },
    ]);
    expect(parseManifest(`${'f'.repeat(50)}  y\n`, 'CHECKSUMS').problems[0]!.reason).toBe('its 50-digit digest is the length of no MD5, SHA-1, SHA-256 or SHA-512 digest');
  });
});
