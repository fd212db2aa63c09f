import { createHash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { planBundle, serializeBundle, type Manifests } from '../../fixtures/bundle.js';
import { release } from '../../fixtures/release.js';
import { lint, type LintOptions } from '../../src/lint.js';
import { ROOT, scratchDirectory } from '../helpers/lint.js';

const directory = scratchDirectory();

/** The default bundle with its MD5SUMS rewritten by `edit` (given its lines, without line ends). */
async function withMd5sums(name: string, edit: (lines: string[]) => string[]): Promise<string> {
  const plan = planBundle(release());
  plan.editManifests.push((manifests: Manifests) =>
    manifests.map((manifest) => {
      if (manifest.name !== 'MD5SUMS') return manifest;
      const lines = manifest.data.toString().split('\n').filter((line) => line !== '');
      return { name: manifest.name, data: Buffer.from(`${edit(lines).join('\n')}\n`) };
    }),
  );
  await mkdir(join(directory, name), { recursive: true });
  const path = join(directory, name, plan.fileName);
  await writeFile(path, serializeBundle(plan, release()));
  return path;
}

function flipLastDigit(line: string): string {
  return line.replace(/^([0-9a-f]{31})([0-9a-f])/, (_, head: string, last: string) => head + (last === '0' ? '1' : '0'));
}

async function findings(path: string, options: LintOptions = {}) {
  const result = await lint([path], options);
  return result.results[0]!.findings.map(({ ruleId, messageId, location, message }) => ({ ruleId, messageId, location, message }));
}

describe('manifests are parsed whatever their size', () => {
  it('finds wrong digests after 140,000 comment lines (a 10 MB manifest)', async () => {
    // Comments that do not compress too well, so the deflated manifest stays under the inflate ratio.
    const comments = Array.from({ length: 140_000 }, (_, index) => `# step ${index}: ${createHash('sha1').update(String(index)).digest('hex')}`);
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

/** Writes a bundle holding README.txt and a stored MD5SUMS of `lines` lines all listing it, streamed to disk. */
function writeHugeManifestBundle(path: string, lines: number): void {
  const readme = Buffer.from('Read me.\n');
  const line = Buffer.from(`${createHash('md5').update(readme).digest('hex')}  README.txt\n`);
  const block = Buffer.concat(Array.from({ length: 10_000 }, () => line));
  const blocks = Math.ceil(lines / 10_000);
  let crc = 0;
  for (let index = 0; index < blocks; index += 1) crc = zlib.crc32(block, crc);
  const size = block.length * blocks;
  const fd = openSync(path, 'w');
  let offset = 0;
  const write = (bytes: Buffer) => {
    writeSync(fd, bytes);
    offset += bytes.length;
  };
  const central: Buffer[] = [];
  const entry = (name: string, data: { crc: number; size: number }, body: () => void) => {
    const nameBytes = Buffer.from(name);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt32LE(data.crc >>> 0, 14);
    header.writeUInt32LE(data.size, 18);
    header.writeUInt32LE(data.size, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    const at = offset;
    write(Buffer.concat([header, nameBytes]));
    body();
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE((3 << 8) | 20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt32LE(data.crc >>> 0, 16);
    record.writeUInt32LE(data.size, 20);
    record.writeUInt32LE(data.size, 24);
    record.writeUInt16LE(nameBytes.length, 28);
    record.writeUInt32LE((0o100644 << 16) >>> 0, 38);
    record.writeUInt32LE(at, 42);
    central.push(record, nameBytes);
  };
  entry('README.txt', { crc: zlib.crc32(readme), size: readme.length }, () => write(readme));
  entry('MD5SUMS', { crc, size }, () => {
    for (let index = 0; index < blocks; index += 1) write(block);
  });
  const directoryStart = offset;
  const directoryBytes = Buffer.concat(central);
  write(directoryBytes);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(2, 8);
  end.writeUInt16LE(2, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(directoryStart, 16);
  write(end);
  closeSync(fd);
}

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
