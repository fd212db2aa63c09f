import { readAt, type Source } from './readers.js';

const EOCD_SIGNATURE = 0x06054b50;
const EOCD_FIXED_BYTES = 22;
const ZIP64_LOCATOR_BYTES = 20;
const MAX_COMMENT_BYTES = 0xffff;

export type EndRecord =
  | { found: true; /** bytes up to the end of the record's comment */ zipSize: number; trailingBytes: number }
  | { found: false };

/**
 * Finds the end of central directory record, searching back from the end of the source.
 * yauzl demands that the comment runs exactly to the end of the file; real tools append data
 * (Go's trailing-junk fixture, signature blocks), so we accept the last record whose declared
 * comment fits and report what follows it. A record whose comment would run past the end is
 * truncated, not trailed, and is not taken.
 */
export async function findEndRecord(source: Source): Promise<EndRecord> {
  const tailLength = Math.min(source.size, EOCD_FIXED_BYTES + MAX_COMMENT_BYTES + ZIP64_LOCATOR_BYTES);
  const tail = await readAt(source.reader, source.size - tailLength, tailLength);
  for (let at = tail.length - EOCD_FIXED_BYTES; at >= 0; at -= 1) {
    if (tail.readUInt32LE(at) !== EOCD_SIGNATURE) continue;
    // 20 - comment length
    const recordEnd = at + EOCD_FIXED_BYTES + tail.readUInt16LE(at + 20);
    if (recordEnd > tail.length) continue;
    const trailingBytes = tail.length - recordEnd;
    return { found: true, zipSize: source.size - trailingBytes, trailingBytes };
  }
  return { found: false };
}
