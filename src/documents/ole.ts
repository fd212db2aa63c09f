import { codePageDecoder, windows1252, type Decoder } from './code-page.js';
import { DocumentError } from './document-error.js';

/*
 * Streams of an OLE2 compound file ([MS-CFB]), read by walking every sector chain with a bound:
 * a chain that loops, or points past the file, is a reason the document cannot be read. The
 * `cfb` package was used before; a directory entry starting past the file's last sector sends
 * it round a FAT cycle with no end, growing an array until V8 aborts the process.
 */

const MAGIC = Buffer.from('d0cf11e0a1b11ae1', 'hex');
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const NO_STREAM = 0xffffffff;
const DIRECTORY_ENTRY = 128;
const HEADER_DIFAT_ENTRIES = 109;
const STREAM = 2;

interface Entry {
  readonly name: string;
  readonly type: number;
  readonly left: number;
  readonly right: number;
  readonly child: number;
  readonly start: number;
  readonly size: number;
}

/** A compound file's streams at its root, by name, read on demand. */
export interface OleFile {
  /** The stream named `name` (in any case) directly under the root storage, or undefined when there is none. */
  stream(name: string): Buffer | undefined;
}

/** Reads the header, FAT and directory of a compound file; throws a DocumentError on one that cannot be followed. */
export function readOle(bytes: Buffer): OleFile {
  if (bytes.length < 512 || !bytes.subarray(0, 8).equals(MAGIC)) throw new DocumentError('it is not a readable OLE2 compound file (no OLE2 signature)');
  const shift = bytes.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) throw new DocumentError(`it is not a readable OLE2 compound file (sector size 2^${shift})`);
  const size = 1 << shift;
  // Sectors follow the header (one sector long); the last may be cut short.
  const sectors = Math.ceil((bytes.length - size) / size);
  const sector = (index: number) => bytes.subarray((index + 1) * size, Math.min((index + 2) * size, bytes.length));
  const fat = readFat(bytes, size, sectors, sector);
  const fatStream = (start: number, length: number, what: string) => {
    const data = Buffer.concat(walk(start, what, fat, sectors).map(sector));
    if (data.length < length) throw new DocumentError(`its ${what}'s sector chain ends early (${data.length} of ${length} bytes); the file is damaged`);
    return data.subarray(0, length);
  };
  const directory = Buffer.concat(walk(bytes.readUInt32LE(0x30), 'directory', fat, sectors).map(sector));
  const entries = Array.from({ length: Math.floor(directory.length / DIRECTORY_ENTRY) }, (_, index) => entryAt(directory, index * DIRECTORY_ENTRY));
  const root = entries[0];
  if (!root || root.type !== 5) throw new DocumentError('it is not a readable OLE2 compound file (no root entry)');
  const cutoff = bytes.readUInt32LE(0x38);
  let mini: { data: Buffer; table: Uint32Array } | undefined;
  const miniStream = () => {
    mini ??= {
      data: fatStream(root.start, root.size, 'mini stream'),
      table: toTable(Buffer.concat(walk(bytes.readUInt32LE(0x3c), 'mini FAT', fat, sectors).map(sector))),
    };
    return mini;
  };
  const children = rootChildren(entries, root.child);
  return {
    stream(name) {
      const entry = children.get(name.toLowerCase());
      if (!entry || entry.type !== STREAM) return undefined;
      if (entry.size >= cutoff) return fatStream(entry.start, entry.size, `${name} stream`);
      const { data, table } = miniStream();
      const parts = walk(entry.start, `${name} stream`, table, Math.floor(data.length / 64)).map((index) => data.subarray(index * 64, index * 64 + 64));
      const stream = Buffer.concat(parts);
      if (stream.length < entry.size) throw new DocumentError(`its ${name} stream's sector chain ends early (${stream.length} of ${entry.size} bytes); the file is damaged`);
      return stream.subarray(0, entry.size);
    },
  };
}

/** The FAT: the sectors the header and the DIFAT chain list, each a run of 32-bit next-sector numbers. */
function readFat(bytes: Buffer, size: number, sectors: number, sector: (index: number) => Buffer): Uint32Array {
  const listed: number[] = [];
  for (let index = 0; index < HEADER_DIFAT_ENTRIES; index += 1) listed.push(bytes.readUInt32LE(0x4c + index * 4));
  const perSector = size / 4 - 1;
  const seen = new Set<number>();
  for (let at = bytes.readUInt32LE(0x44), count = bytes.readUInt32LE(0x48); at !== END_OF_CHAIN && at !== FREE && count > 0; count -= 1) {
    if (at >= sectors || seen.has(at)) throw new DocumentError("its DIFAT's sector chain loops or points past the end of the file; the file is damaged");
    seen.add(at);
    const difat = sector(at);
    for (let index = 0; index < perSector; index += 1) listed.push(difat.readUInt32LE(index * 4));
    at = difat.readUInt32LE(perSector * 4);
  }
  const fatSectors = listed.filter((index) => index !== FREE && index !== END_OF_CHAIN);
  if (fatSectors.some((index) => index >= sectors)) throw new DocumentError('its FAT points past the end of the file; the file is damaged');
  // A sector listed twice would let a small file describe a FAT far larger than itself.
  if (new Set(fatSectors).size !== fatSectors.length) throw new DocumentError('its FAT lists the same sector twice; the file is damaged');
  return toTable(Buffer.concat(fatSectors.map(sector)));
}

function toTable(data: Buffer): Uint32Array {
  const table = new Uint32Array(Math.floor(data.length / 4));
  for (let index = 0; index < table.length; index += 1) table[index] = data.readUInt32LE(index * 4);
  return table;
}

/** The sectors of a chain, in order; one that loops or points outside the file (or its table) is a DocumentError. */
function walk(start: number, what: string, table: Uint32Array, count: number): number[] {
  const chain: number[] = [];
  const seen = new Set<number>();
  for (let at = start; at !== END_OF_CHAIN; at = table[at]!) {
    if (at >= count || at >= table.length) throw new DocumentError(`its ${what}'s sector chain points past the end of the file; the file is damaged`);
    if (seen.has(at)) throw new DocumentError(`its ${what}'s sector chain loops; the file is damaged`);
    seen.add(at);
    chain.push(at);
  }
  return chain;
}

function entryAt(directory: Buffer, at: number): Entry {
  const length = Math.min(directory.readUInt16LE(at + 64), 64);
  return {
    name: directory.toString('utf16le', at, at + Math.max(length - 2, 0)),
    type: directory[at + 66]!,
    left: directory.readUInt32LE(at + 68),
    right: directory.readUInt32LE(at + 72),
    child: directory.readUInt32LE(at + 76),
    start: directory.readUInt32LE(at + 116),
    size: directory.readUInt32LE(at + 120),
  };
}

/** The root storage's children by name: its red-black tree of siblings, walked with a stack, each entry once. */
function rootChildren(entries: readonly Entry[], first: number): Map<string, Entry> {
  const children = new Map<string, Entry>();
  const seen = new Set<number>();
  const pending = [first];
  for (let index = pending.pop(); index !== undefined; index = pending.pop()) {
    if (index === NO_STREAM || index >= entries.length || seen.has(index)) continue;
    seen.add(index);
    const entry = entries[index]!;
    if (!children.has(entry.name.toLowerCase())) children.set(entry.name.toLowerCase(), entry);
    pending.push(entry.right, entry.left);
  }
  return children;
}

/** PIDSI_TITLE and PID_CODEPAGE in the SummaryInformation property set ([MS-OLEPS] 2.18, 2.3). */
const PID_TITLE = 2;
const PID_CODEPAGE = 1;
const VT_I2 = 0x0002;
const VT_LPSTR = 0x001e;
const VT_LPWSTR = 0x001f;
/** Code page 1200: VT_LPSTR strings are UTF-16 (CP_WINUNICODE). */
const CP_UTF16 = 1200;
const MAX_TITLE_CHARS = 4096;

/**
 * The title in a compound file's `\x05SummaryInformation` property set (what Word shows as the
 * document's Title property), or undefined when it has none or the stream cannot be followed.
 * Every offset is checked against the stream; properties are read once each, in one pass.
 */
export function summaryTitle(file: OleFile): string | undefined {
  const stream = file.stream('\x05SummaryInformation');
  if (!stream || stream.length < 48 || stream.readUInt16LE(0) !== 0xfffe || stream.readUInt32LE(24) < 1) return undefined;
  const set = stream.readUInt32LE(44);
  if (set + 8 > stream.length) return undefined;
  const size = Math.min(stream.readUInt32LE(set), stream.length - set);
  const count = Math.min(stream.readUInt32LE(set + 4), Math.floor((size - 8) / 8));
  let title: number | undefined;
  let codePage = 1252;
  for (let index = 0; index < count; index += 1) {
    const id = stream.readUInt32LE(set + 8 + index * 8);
    const at = set + stream.readUInt32LE(set + 12 + index * 8);
    if (at + 8 > set + size) continue;
    if (id === PID_CODEPAGE && stream.readUInt16LE(at) === VT_I2) codePage = stream.readUInt16LE(at + 4);
    if (id === PID_TITLE) title = at;
  }
  if (title === undefined) return undefined;
  const type = stream.readUInt16LE(title);
  const length = stream.readUInt32LE(title + 4);
  const end = set + size;
  if (type === VT_LPWSTR || (type === VT_LPSTR && codePage === CP_UTF16)) {
    const chars = Math.min(length, MAX_TITLE_CHARS, Math.floor((end - title - 8) / 2));
    return clip(stream.toString('utf16le', title + 8, title + 8 + chars * 2));
  }
  if (type !== VT_LPSTR) return undefined;
  const bytes = stream.subarray(title + 8, title + 8 + Math.min(length, MAX_TITLE_CHARS, end - title - 8));
  return clip(decoderFor(codePage).decode(bytes));
}

/** Up to the first NUL (strings are NUL-terminated, and may be padded), trimmed. */
function clip(text: string): string | undefined {
  const nul = text.indexOf('\0');
  return (nul >= 0 ? text.slice(0, nul) : text).trim() || undefined;
}

function decoderFor(codePage: number): Decoder {
  return codePageDecoder(codePage) ?? windows1252;
}
