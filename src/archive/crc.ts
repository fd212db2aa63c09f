import zlib from 'node:zlib';

/**
 * CRC-32 of the bytes in memory, each piece computed once: a stored zip inside a stored zip
 * passes its entry's bytes on as views of the chunks its parent entry was checked on, so the
 * inner entry's CRC is combined from the CRCs of those same pieces of memory (zlib's
 * crc32_combine) instead of a second pass. Sound because a chunk read is never written
 * afterwards: readers, inflaters and copies each hand on memory of their own.
 */
const known = new WeakMap<ArrayBufferLike, Checked>();

/** A piece of memory whose CRC-32 is known. */
interface Piece {
  readonly offset: number;
  readonly length: number;
  readonly crc: number;
}

/** The checked pieces of one buffer, by where they start and by where they end: looked up, never searched (a read chunk holds thousands of small entries). */
interface Checked {
  readonly byStart: Map<number, Piece[]>;
  readonly byEnd: Map<number, Piece[]>;
}

/** The CRC-32 of `previous`'s bytes followed by `chunk`. */
export function crc32After(previous: number, chunk: Buffer): number {
  return crc32Combine(previous, crc32Of(chunk), chunk.length);
}

/**
 * The CRC-32 of a chunk, from the memo when the same piece of memory was checked before, or
 * when it ends where a checked piece ends: a nested entry's first piece is the tail of its
 * parent's, and CRC(tail) = crc32Combine(CRC(head), CRC(whole), tail length), so only the
 * head (a few headers' bytes) is computed.
 */
function crc32Of(chunk: Buffer): number {
  let checked = known.get(chunk.buffer);
  const found = checked?.byStart.get(chunk.byteOffset)?.find((piece) => piece.length === chunk.length);
  if (found) return found.crc;
  const crc = (checked && crc32OfTail(chunk, checked)) ?? zlib.crc32(chunk);
  if (!checked) known.set(chunk.buffer, (checked = { byStart: new Map(), byEnd: new Map() }));
  const piece = { offset: chunk.byteOffset, length: chunk.length, crc };
  listUnder(checked.byStart, piece.offset, piece);
  listUnder(checked.byEnd, piece.offset + piece.length, piece);
  return crc;
}

function listUnder(map: Map<number, Piece[]>, key: number, piece: Piece): void {
  const list = map.get(key);
  if (list) list.push(piece);
  else map.set(key, [piece]);
}

/** The CRC-32 of a chunk from that of a checked piece it ends, when the piece's head is shorter than the chunk. */
function crc32OfTail(chunk: Buffer, checked: Checked): number | undefined {
  const whole = checked.byEnd.get(chunk.byteOffset + chunk.length)?.find((piece) => {
    const head = chunk.byteOffset - piece.offset;
    return head > 0 && head < chunk.length;
  });
  return whole && crc32Combine(zlib.crc32(new Uint8Array(chunk.buffer, whole.offset, chunk.byteOffset - whole.offset)), whole.crc, chunk.length);
}

/** CRC-32's reflected polynomial. */
const POLY = 0xedb88320;

/** a(x) b(x) modulo p(x), in CRC-32's reflected representation (zlib's multmodp). */
function multiplyModP(a: number, b: number): number {
  let product = 0;
  for (let bit = 0x80000000; ; bit >>>= 1) {
    if (a & bit) {
      product ^= b;
      if ((a & (bit - 1)) === 0) break;
    }
    b = b & 1 ? (b >>> 1) ^ POLY : b >>> 1;
  }
  return product >>> 0;
}

/** x^(2^k) modulo p(x), k = 0..31. */
const X_TO_TWO_TO_THE: number[] = [0x40000000];
for (let k = 1; k < 32; k += 1) X_TO_TWO_TO_THE.push(multiplyModP(X_TO_TWO_TO_THE[k - 1]!, X_TO_TWO_TO_THE[k - 1]!));

/** x^(8 n) modulo p(x): the operator that appends n zero bytes (zlib's x2nmodp(n, 3)). */
function zeroBytesOperator(bytes: number): number {
  let operator = 0x80000000;
  for (let n = bytes, k = 3; n > 0; n = Math.floor(n / 2), k += 1) {
    if (n % 2 === 1) operator = multiplyModP(X_TO_TWO_TO_THE[k & 31]!, operator);
  }
  return operator;
}

/** The CRC-32 of A followed by B from A's CRC, B's CRC and B's length (zlib's crc32_combine). */
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  return (multiplyModP(zeroBytesOperator(lengthB), crcA) ^ crcB) >>> 0;
}
