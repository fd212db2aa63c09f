import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleWithMd5sums, commentLines, flipLastDigit, writeHugeManifestBundle } from '../../fixtures/scan-inputs.js';
import { writeZip } from '../../fixtures/zip-writer.js';
import { ManifestParser, parseManifest } from '../../src/formats/manifests.js';
import { lint, type LintOptions } from '../../src/lint.js';
import { ROOT, scratchDirectory } from '../helpers/lint.js';

const directory = scratchDirectory();

async function withMd5sums(name: string, edit: (lines: string[]) => string[]): Promise<string> {
  const { fileName, bytes } = bundleWithMd5sums(edit);
  await mkdir(join(directory, name), { recursive: true });
  const path = join(directory, name, fileName);
  await writeFile(path, bytes);
  return path;
}

async function findings(path: string, options: LintOptions = {}) {
  const result = await lint([path], options);
  return result.results[0]!.findings.map(({ ruleId, messageId, location, message }) => ({ ruleId, messageId, location, message }));
}

describe('manifests are parsed whatever their size', () => {
  it('parses BSD lines of 64k blanks after the "=" in linear time', () => {
    // Two runs of blanks around the digest were split every way before the stray character (6.6 s a line).
    const line = `MD5 (a) =${' \t'.repeat(32_000)}x`;
    const started = performance.now();
    const parsed = parseManifest(Array.from({ length: 8 }, () => line).join('\n'), 'MD5SUMS');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(parsed.lines).toHaveLength(0);
    expect(parsed.problems).toHaveLength(8);
  });

  it('parses lines of 64k spaces and tabs before a name holding U+2028 in linear time', () => {
    // `.` stops at U+2028 where `\s` does not: each shorter run of blanks was retried over the rest of the line (5.5 s a line).
    const line = `0${' \t'.repeat(32_000)}\u2028x\u2028y`;
    const started = performance.now();
    const parsed = parseManifest(Array.from({ length: 8 }, () => line).join('\n'), 'MD5SUMS');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(parsed.lines).toHaveLength(0);
    expect(parsed.problems.map(({ line, reason }) => [line, reason])).toEqual(Array.from({ length: 8 }, (_, index) => [index + 1, 'its MD5 digest has 1 hex digits instead of 32']));
  });

  it('finds wrong digests after 140,000 comment lines (a 10 MB manifest)', async () => {
    const comments = commentLines();
    const path = await withMd5sums('comments', (lines) => [...comments, ...lines.map((line) => (line.includes('-docs.zip') ? flipLastDigit(line) : line))]);
    const started = Date.now();
    const seen = await findings(path);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(seen.map(({ ruleId, messageId, location }) => ({ ruleId, messageId, location }))).toEqual([
      { ruleId: 'checksums/mismatch', messageId: 'mismatch', location: { path: `${ROOT}MD5SUMS`, line: 140_002 } },
    ]);
  }, 60_000);

  it('reports a NUL byte in a line as a syntax problem of that line, and the manifest still counts', async () => {
    const path = await withMd5sums('nul', (lines) => [lines[0]!, `${'0'.repeat(16)}\u0000\u0000\u0001junk  README`, ...lines.slice(1)]);
    expect(await findings(path)).toEqual([
      {
        ruleId: 'checksums/syntax',
        messageId: 'line',
        location: { path: `${ROOT}MD5SUMS`, line: 2 },
        message: `line 2 of ${ROOT}MD5SUMS cannot be read: it holds a NUL byte or other control characters, so it is binary data, not text; write it as "<hex digest>  <file name>", as md5sum and sha1sum do`,
      },
    ]);
  });

  it('reports the lines past limits.maxEntries as not checked, and still checks those before', async () => {
    // 80 entry lines (the real ones, again and again, one of them wrong) for a limit of 50.
    const path = await withMd5sums('over-limit', (lines) => {
      const repeated = Array.from({ length: 40 }, () => lines).flat();
      repeated[2] = flipLastDigit(repeated[2]!);
      return repeated;
    });
    const seen = await findings(path, { limits: { maxEntries: 50 } });
    expect(seen.map(({ ruleId, messageId, location }) => ({ ruleId, messageId, location }))).toEqual([
      { ruleId: 'checksums/mismatch', messageId: 'mismatch', location: { path: `${ROOT}MD5SUMS`, line: 3 } },
      { ruleId: 'checksums/syntax', messageId: 'tooManyLines', location: { path: `${ROOT}MD5SUMS`, line: 51 } },
    ]);
    expect(seen[1]!.message).toBe(
      `${ROOT}MD5SUMS lists more than 50 files, the most a bundle may hold (limits.maxEntries): line 51 and the lines after it were not checked; list only the files you ship, or raise limits.maxEntries`,
    );
  });

  it('keeps 100 syntax problems of a manifest and counts the rest', async () => {
    const junk = Array.from({ length: 250 }, (_, index) => `not a checksum line ${index}`);
    const path = await withMd5sums('many-problems', (lines) => [...lines, ...junk]);
    const seen = await findings(path);
    const lineOf = (finding: (typeof seen)[number]) => finding.location.line;
    expect(seen.filter((finding) => finding.messageId === 'line').map(lineOf)).toEqual(Array.from({ length: 100 }, (_, index) => index + 3));
    expect(seen.filter((finding) => finding.messageId !== 'line')).toEqual([
      {
        ruleId: 'checksums/syntax',
        messageId: 'moreProblems',
        location: { path: `${ROOT}MD5SUMS`, line: 103 },
        message: `${ROOT}MD5SUMS has 150 more lines that cannot be read, from line 103 on, besides the 100 reported; regenerate the manifest with md5sum or sha1sum`,
      },
    ]);
  });

  it('reports a line longer than 64 KiB without keeping it', async () => {
    const path = await withMd5sums('long-line', (lines) => [...lines, `${'a'.repeat(32)}  ${'x'.repeat(100_000)}`]);
    const seen = await findings(path);
    expect(seen.map(({ ruleId, messageId, location, message }) => ({ ruleId, messageId, location, message }))).toEqual([
      {
        ruleId: 'checksums/syntax',
        messageId: 'line',
        location: { path: `${ROOT}MD5SUMS`, line: 3 },
        message: `line 3 of ${ROOT}MD5SUMS cannot be read: it is longer than 65536 bytes; write it as "<hex digest>  <file name>", as md5sum and sha1sum do`,
      },
    ]);
  });
});

describe('the manifests of one bundle together', () => {
  it('keep at most four lines per file the bundle may hold: many manifests do not add up to unbounded memory', async () => {
    // Five manifests of 10 lines each, every one within limits.maxEntries (10), 50 lines in all: past the 40 a bundle may keep.
    const readme = Buffer.from('Read me.\n');
    const line = `${createHash('md5').update(readme).digest('hex')}  README.txt`;
    const manifests = ['a', 'b', 'c', 'd', 'e'].map((name) => ({ name: `acme-1.0.0/${name}.md5`, data: Buffer.from(`${Array(10).fill(line).join('\n')}\n`) }));
    await mkdir(join(directory, 'many-manifests'), { recursive: true });
    const path = join(directory, 'many-manifests', 'acme-1.0.0.zip');
    await writeFile(path, writeZip([{ name: 'acme-1.0.0/README.txt', data: readme }, ...manifests]));
    const seen = (await findings(path, { limits: { maxEntries: 10 } })).filter((finding) => finding.ruleId === 'checksums/syntax');
    expect(seen).toEqual([
      {
        ruleId: 'checksums/syntax',
        messageId: 'bundleTooLarge',
        location: { path: 'acme-1.0.0/e.md5', line: 1 },
        message: 'the manifests of the bundle list more than 40 entry lines by line 1 of acme-1.0.0/e.md5: that line and the lines after it were not checked; list only the files you ship',
      },
    ]);
  });
});

describe('the streaming manifest parser', () => {
  it('parses the same whatever the chunks: lines split across them, CRLF, a BOM, a last line without its end', () => {
    const md5 = 'd41d8cd98f00b204e9800998ecf8427e';
    const text = `\uFEFF# made by md5sum\r\n${md5}  a.zip\r\n\r\nMD5 (b c.zip) = ${md5.toUpperCase()}\nnot a line\n${md5} *last.zip`;
    const whole = parseManifest(text, 'MD5SUMS');
    expect(whole.lines.map((entry) => [entry.line, entry.name])).toEqual([[2, 'a.zip'], [4, 'b c.zip'], [6, 'last.zip']]);
    expect(whole.problems.map((problem) => [problem.line, problem.text])).toEqual([[5, 'not a line']]);
    const bytes = Buffer.from(text);
    for (const size of [1, 2, 3, 7, 33]) {
      const parser = new ManifestParser('MD5SUMS', Number.MAX_SAFE_INTEGER);
      for (let at = 0; at < bytes.length; at += size) parser.write(bytes.subarray(at, at + size));
      expect(parser.finish()).toEqual(whole);
    }
  });
});

describe('a 5-million-line manifest', () => {
  it('ends in seconds with the limit finding, its first lines checked', async () => {
    const path = join(directory, 'huge.zip');
    writeHugeManifestBundle(path, 5_000_000);
    const started = Date.now();
    const result = await lint([path]);
    const seconds = (Date.now() - started) / 1000;
    expect(seconds).toBeLessThan(20);
    const checksums = result.results[0]!.findings.filter((finding) => finding.ruleId.startsWith('checksums/'));
    expect(checksums.map(({ ruleId, messageId, location }) => ({ ruleId, messageId, location }))).toEqual([
      { ruleId: 'checksums/present', messageId: 'missing', location: { path: '' } },
      { ruleId: 'checksums/syntax', messageId: 'tooManyLines', location: { path: 'MD5SUMS', line: 100_001 } },
    ]);
  }, 120_000);
});
