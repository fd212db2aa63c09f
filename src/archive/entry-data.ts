import { pipeline, Readable } from 'node:stream';
import zlib from 'node:zlib';
import { TempStorageError } from '../errors.js';
import type { Budget } from './budget.js';
import { crc32After } from './crc.js';
import type { ArchiveEvent } from './events.js';
import { DEFLATED, describeError, type OpenZip, type ZipEntry } from './zip.js';

const INFLATE_CHUNK_BYTES = 256 * 1024;
/** A deflated entry this small, declaring less than one output piece, is inflated in one call. */
const SMALL_COMPRESSED_BYTES = 64 * 1024;

/** Where an entry's verified bytes go: hashes, sniffing, a nested archive's parser or spill. */
export interface ChunkSink {
  write(chunk: Buffer): void | Promise<void>;
}

/** Inflated and compressed bytes of one archive's deflated entries, for the archive-wide ratio. */
export interface RatioMeter {
  readonly path: string;
  inflated: number;
  consumed: number;
  /** Set once the archive as a whole exceeded the ratio: its remaining entries are not read. */
  tripped: boolean;
}

export interface PumpContext {
  readonly budget: Budget;
  readonly emit: (event: ArchiveEvent) => void;
  readonly meter: RatioMeter;
  /** Told of the entry's stored (compressed) bytes as they are read. */
  readonly onRead?: (bytes: number) => void;
}

/**
 * Streams one entry's data into `sink`, inflating when deflated, and checks it on the way:
 * bundle-wide inflated total, inflate ratio of the entry and of its archive, declared size
 * (passing it stops hashing; reading goes on only long enough to tell a lie from a bomb),
 * then CRC-32. The sink sees only bytes within the declared size. `stored` gives the entry's
 * bytes as they lie in the archive: from its place in one pass over the archive, or read at
 * random (`storedData`). Resolves true when the data was read completely and matched its headers.
 */
export async function pumpZipEntry(entry: ZipEntry, stored: () => Promise<AsyncIterable<Buffer>>, context: PumpContext, sink: ChunkSink): Promise<boolean> {
  const { budget, emit, meter, onRead } = context;
  const { limits } = budget;
  let consumed = 0;
  let produced = 0;
  let crc = 0;
  let exceeded = false;
  /** One piece of the entry's content, `engineConsumed` compressed bytes read when it was inflated: false once reading must stop, 'done' once past the declared size far enough. */
  const take = async (chunk: Buffer, engineConsumed: number | undefined): Promise<boolean | 'done'> => {
    // Stored data is never counted as inflated: the clock still runs while it is hashed.
    if (!budget.inTime(entry.path, emit)) return false;
    produced += chunk.length;
    if (engineConsumed === undefined) onRead?.(chunk.length);
    else {
      // Compressed bytes the engine has actually consumed, not merely been handed.
      onRead?.(engineConsumed - consumed);
      meter.consumed += engineConsumed - consumed;
      consumed = engineConsumed;
      meter.inflated += chunk.length;
      if (!withinInflateLimits(budget, emit, entry.path, chunk.length, produced, consumed)) return false;
      if (exceedsRatio(meter.inflated, meter.consumed, limits)) {
        meter.tripped = true;
        emit({ type: 'limit', path: meter.path, limit: 'maxRatio', scope: 'archive', actual: Math.round(meter.inflated / meter.consumed), max: limits.maxRatio });
        return false;
      }
    }
    if (produced > entry.size) {
      exceeded = true;
      return produced > entry.size + limits.ratioThreshold ? 'done' : true;
    }
    crc = crc32After(crc, chunk);
    await sink.write(chunk);
    return true;
  };
  try {
    let source = await stored();
    const small = entry.method === DEFLATED && entry.compressedSize <= SMALL_COMPRESSED_BYTES && entry.size < INFLATE_CHUNK_BYTES;
    const compressed = small ? await collected(source, entry.compressedSize) : undefined;
    const atOnce = compressed && inflatedAtOnce(compressed, entry.size);
    if (atOnce) {
      // As from a stream, no content is no piece.
      if (atOnce.content.length > 0 && (await take(atOnce.content, atOnce.consumed)) === false) return false;
    } else {
      // What could not be inflated at once is read again as a stream, which says why it failed.
      if (compressed) source = Readable.from([compressed], { objectMode: false });
      const { data, inflater } = inflated(entry, source);
      for await (const chunk of data as AsyncIterable<Buffer>) {
        const taken = await take(chunk, inflater?.bytesWritten);
        if (taken === false) return false;
        if (taken === 'done') break;
      }
    }
  } catch (error) {
    // The machine's temp storage failed: the run ends, the bundle is not to blame.
    if (error instanceof TempStorageError) throw error;
    // Cut short because reading stopped: the budget has said why.
    if (!budget.stoppedBy) emit({ type: 'corrupt-data', path: entry.path, reason: describeError(error) });
    return false;
  }
  if (exceeded || produced < entry.size) {
    emit({ type: 'size-mismatch', path: entry.path, declared: entry.size, actual: produced, exceeded });
    return false;
  }
  if (crc !== entry.crc32) {
    emit({ type: 'crc-mismatch', path: entry.path, declared: entry.crc32, actual: crc });
    return false;
  }
  return true;
}

/** A small entry's stored bytes in one buffer (at most `size`: the source ends at the entry's end). */
async function collected(source: AsyncIterable<Buffer>, size: number): Promise<Buffer> {
  const pieces: Buffer[] = [];
  for await (const piece of source) pieces.push(piece);
  return pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces, Math.min(size, pieces.reduce((sum, piece) => sum + piece.length, 0)));
}

/**
 * A small deflated entry inflated in one call, and the compressed bytes the engine consumed: a zip
 * of many small files would spend most of its time building a stream for each (~0.3 ms apiece).
 * Undefined when the bytes do not inflate cleanly within one output piece (corrupt, truncated, or
 * larger than declared): the stream then reads them, as it reads a large entry, and says why.
 */
function inflatedAtOnce(compressed: Buffer, size: number): { content: Buffer; consumed: number } | undefined {
  try {
    const { buffer, engine } = zlib.inflateRawSync(compressed, {
      info: true,
      maxOutputLength: INFLATE_CHUNK_BYTES,
      // Output memory the size declared (one byte more, to see a lie), not a fixed piece per entry.
      chunkSize: Math.max(zlib.constants.Z_MIN_CHUNK, size + 1),
    }) as unknown as { buffer: Buffer; engine: zlib.InflateRaw };
    return { content: buffer, consumed: engine.bytesWritten };
  } catch {
    return undefined;
  }
}

/** The entry's bytes as they lie in the archive, read at random. */
export function storedData(zip: OpenZip, entry: ZipEntry): Promise<Readable> {
  // Not openReadStreamLowLevelPromise: in yauzl 3.4.0 it calls openReadStream by mistake.
  return new Promise<Readable>((resolve, reject) => {
    zip.zipfile.openReadStreamLowLevel(entry.dataStart!, entry.compressedSize, 0, entry.compressedSize, false, null, (error, stream) =>
      error ? reject(error) : resolve(stream),
    );
  });
}

/** The entry's content from its stored bytes, and the inflater producing it when it is deflated. */
export function inflated(entry: ZipEntry, stored: AsyncIterable<Buffer>): { data: AsyncIterable<Buffer>; inflater: zlib.InflateRaw | undefined } {
  if (entry.method !== DEFLATED) return { data: stored, inflater: undefined };
  // Output in large pieces: each is a round trip to the thread pool.
  const inflater = zlib.createInflateRaw({ chunkSize: INFLATE_CHUNK_BYTES });
  const source = stored instanceof Readable ? stored : Readable.from(stored, { objectMode: false });
  return { data: pipeline(source, inflater, () => {}), inflater };
}

/**
 * Counts freshly inflated bytes against the bundle total and the entry's ratio (`produced` out
 * of `consumed` compressed bytes so far); false, with the limit's event, once either trips.
 */
export function withinInflateLimits(
  budget: Budget,
  emit: (event: ArchiveEvent) => void,
  path: string,
  added: number,
  produced: number,
  consumed: number,
): boolean {
  if (!budget.countInflated(added, path, emit)) return false;
  if (!exceedsRatio(produced, consumed, budget.limits)) return true;
  emit({ type: 'limit', path, limit: 'maxRatio', scope: 'entry', actual: Math.round(produced / Math.max(consumed, 1)), max: budget.limits.maxRatio });
  return false;
}

/** Past the threshold, more inflated bytes per consumed compressed byte than the limit allows. */
function exceedsRatio(inflated: number, consumed: number, limits: { ratioThreshold: number; maxRatio: number }): boolean {
  return inflated > limits.ratioThreshold && inflated > Math.max(consumed, 1) * limits.maxRatio;
}
