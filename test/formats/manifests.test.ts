import { describe, expect, it } from 'vitest';
import { algorithmOfName, formatManifestLine, parseManifest } from '../../src/formats/manifests.js';

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
      form: { style: 'gnu', upperCase: false, crlf: true },
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

  it.each([
    [{ style: 'gnu', upperCase: false, crlf: false }, `${MD5}  a.zip\n${SHA1}  b c.zip\n`],
    [{ style: 'gnu-binary', upperCase: true, crlf: true }, `${MD5.toUpperCase()} *a.zip\r\n${SHA1.toUpperCase()} *b c.zip\r\n`],
    [{ style: 'bsd', upperCase: false, crlf: false }, `MD5 (a.zip) = ${MD5}\nSHA1 (b c.zip) = ${SHA1}\n`],
  ] as const)('writes lines in the form it reads (%o)', (form, text) => {
    const written = [formatManifestLine(form, 'md5', MD5, 'a.zip'), formatManifestLine(form, 'sha1', SHA1, 'b c.zip')].map((line) => `${line}${form.crlf ? '\r\n' : '\n'}`).join('');
    expect(written).toBe(text);
    expect(parseManifest(written, 'CHECKSUMS')).toEqual({
      algorithms: ['md5', 'sha1'],
      form,
      lines: [
        { line: 1, algorithm: 'md5', digest: MD5, name: 'a.zip' },
        { line: 2, algorithm: 'sha1', digest: SHA1, name: 'b c.zip' },
      ],
      problems: [],
    });
  });

  it('escapes a backslash in a GNU name as md5sum does, and reads it back', () => {
    const line = formatManifestLine({ style: 'gnu', upperCase: false, crlf: false }, 'md5', MD5, 'e\\f.zip');
    expect(line).toBe(`\\${MD5}  e\\\\f.zip`);
    expect(parseManifest(`${line}\n`, 'MD5SUMS').lines[0]!.name).toBe('e\\f.zip');
  });
});
