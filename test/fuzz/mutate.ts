/**
 * Mutations of archives and documents, reproducible by seed: bit flips, truncation, byte runs,
 * and edits of the fields hostile files play with in zip, ar and PDF structures (sizes, offsets,
 * counts, name lengths, compression method, flags).
 */

export type Random = () => number;

/** mulberry32: small, fast and good enough to pick mutations; the same seed gives the same mutant. */
export function seeded(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 2 ** 32;
  };
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const below = (random: Random, limit: number) => Math.floor(random() * Math.max(limit, 1));

/** Field offsets from each zip record's signature: [offset, width]. */
const ZIP_FIELDS: Record<string, readonly [number, 2 | 4][]> = {
  // Local header: flags, method, CRC, compressed size, size, name length, extra length.
  '504b0304': [[6, 2], [8, 2], [14, 4], [18, 4], [22, 4], [26, 2], [28, 2]],
  // Central record: flags, method, CRC, sizes, name, extra and comment lengths, disk, attributes, local header offset.
  '504b0102': [[8, 2], [10, 2], [16, 4], [20, 4], [24, 4], [28, 2], [30, 2], [32, 2], [34, 2], [38, 4], [42, 4]],
  // End record: disk numbers, entry counts, directory size and offset, comment length.
  '504b0506': [[4, 2], [6, 2], [8, 2], [10, 2], [12, 4], [16, 4], [20, 2]],
  // ZIP64 end record: entry counts, directory size and offset.
  '504b0606': [[24, 4], [32, 4], [40, 4], [48, 4]],
};

/** Values that break parsers: zero, all ones, off by one, huge, a random one. */
function hostileValue(random: Random, current: number, width: 2 | 4): number {
  const max = width === 2 ? 0xffff : 0xffffffff;
  const value = pick(random, [0, max, current + 1, current - 1, current * 2, max - 1, Math.floor(random() * max), 0x7fffffff]);
  return Math.min(Math.max(Math.trunc(value), 0), max);
}

function editZipField(bytes: Buffer, random: Random): string | undefined {
  const records: [number, string][] = [];
  for (const signature of Object.keys(ZIP_FIELDS)) {
    const needle = Buffer.from(signature, 'hex');
    for (let at = bytes.indexOf(needle); at >= 0 && records.length < 10_000; at = bytes.indexOf(needle, at + 1)) records.push([at, signature]);
  }
  if (records.length === 0) return undefined;
  const [at, signature] = pick(random, records);
  const [offset, width] = pick(random, ZIP_FIELDS[signature]!);
  if (at + offset + width > bytes.length) return undefined;
  const current = width === 2 ? bytes.readUInt16LE(at + offset) : bytes.readUInt32LE(at + offset);
  const value = hostileValue(random, current, width);
  if (width === 2) bytes.writeUInt16LE(value, at + offset);
  else bytes.writeUInt32LE(value, at + offset);
  return `zip field ${signature}+${offset} at ${at}: ${current} → ${value}`;
}

/** An ar member header's size (10 ASCII digits at 48) or name (16 at 0). */
function editArHeader(bytes: Buffer, random: Random): string | undefined {
  const start = bytes.indexOf('!<arch>\n', 0, 'latin1');
  if (start < 0) return undefined;
  const at = start + 8;
  if (at + 60 > bytes.length) return undefined;
  if (random() < 0.7) {
    const size = String(pick(random, [0, 1, 9_999_999_999, below(random, 1e6)])).padEnd(10, ' ');
    bytes.write(size, at + 48, 'latin1');
    return `ar member size at ${at} → ${size.trim()}`;
  }
  const name = pick(random, ['/', '//', '/999999999', '#1/99999', '../../x/', '\0\0\0\0']).padEnd(16, ' ');
  bytes.write(name, at, 'latin1');
  return `ar member name at ${at} → ${JSON.stringify(name.trim())}`;
}

/** A number after a PDF keyword (/Length, /Count, xref counts, startxref) replaced. */
function editPdfNumber(bytes: Buffer, random: Random): string | undefined {
  const text = bytes.toString('latin1');
  const matches = [...text.matchAll(/(\/Length|\/Count|\/Size|\/First|\/N|startxref\s*|xref\s*\d+)\s+(\d+)/g)];
  if (matches.length === 0) return undefined;
  const match = pick(random, matches);
  const digits = match[2]!;
  const value = String(pick(random, [0, 1, 999_999_999, Number(digits) * 2, Number(digits) + 1])).slice(0, digits.length).padStart(digits.length, '0');
  const at = match.index! + match[0].length - digits.length;
  bytes.write(value, at, 'latin1');
  return `PDF ${match[1]!.trim()} at ${at}: ${digits} → ${value}`;
}

/** One mutation of `input`, and what it did. */
export function mutate(input: Buffer, random: Random): { bytes: Buffer; description: string } {
  const bytes = Buffer.from(input);
  const kind = below(random, 7);
  if (kind === 0 || bytes.length < 4) {
    const length = below(random, bytes.length);
    return { bytes: bytes.subarray(0, length), description: `truncated to ${length} of ${input.length} bytes` };
  }
  if (kind === 1) {
    const flips = 1 + below(random, 8);
    for (let flip = 0; flip < flips; flip += 1) {
      const at = below(random, bytes.length);
      bytes[at] = bytes[at]! ^ (1 << below(random, 8));
    }
    return { bytes, description: `${flips} bit flips` };
  }
  if (kind === 2) {
    const at = below(random, bytes.length);
    const length = 1 + below(random, 64);
    const value = pick(random, [0x00, 0xff, below(random, 256)]);
    bytes.fill(value, at, Math.min(at + length, bytes.length));
    return { bytes, description: `${length} bytes of 0x${value.toString(16)} at ${at}` };
  }
  const edit = kind === 6 ? editArHeader(bytes, random) ?? editPdfNumber(bytes, random) : kind === 5 ? editPdfNumber(bytes, random) ?? editZipField(bytes, random) : editZipField(bytes, random);
  if (edit) return { bytes, description: edit };
  return mutate(input, random);
}
