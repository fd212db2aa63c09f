import { open, rm, type FileHandle } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import { ArParser, type ArMember } from '../archive/ar.js';
import { Budget } from '../archive/budget.js';
import { ByteCursor } from '../archive/byte-cursor.js';
import { inflated, pumpZipEntry, storedData, type RatioMeter } from '../archive/entry-data.js';
import type { ArchiveEvent } from '../archive/events.js';
import { timeRanOut, type Limits } from '../archive/limits.js';
import { CHUNK_BYTES, FileReader, SliceReader, type Source } from '../archive/readers.js';
import { describeError, openZip, STORED, type OpenZip, type ZipEntry } from '../archive/zip.js';
import { DocumentError } from '../documents/document-error.js';
import { TempStorageError, UsageError } from '../errors.js';
import { classify, FORMAT_DESCRIPTIONS, isManifestName, sniffFormat } from './classify.js';
import { readDocuments } from './documents.js';
import { bundleFacts } from './facts.js';
import { algorithmOfName, ManifestAllowance, type ParsedManifest } from '../formats/manifests.js';
import { ArchiveCapture, ContentSink, GunzipDigests, KeptBytes, ManifestConsumer, runMemory, type Allowance, type Consumer, type MemoryShare, type RunMemory } from './content.js';
import { runningDigests, type RunningDigests } from './digests.js';
import { releaseNotesOf } from '../release/release-notes.js';
import { parseDescriptor, payloadDigests, VIB_SIGNATURE, type DescriptorParse } from '../formats/installer-metadata.js';
import { parsePkcs7, type Pkcs7Parse } from '../formats/pkcs7.js';
import { releaseFacts } from '../release/signature.js';
import type { LinkChecker } from './links.js';
import { partnerIdentity } from '../release/partner.js';
import type { Bundle, BundleArchive, BundleFile, DigestName, ReleaseContext } from '../model/model.js';

export interface ReadOptions {
  readonly limits: Readonly<Limits>;
  /**
   * Digests rules want of every file. Besides these, files get MD5 and SHA-1 (and SHA-256 where a
   * manifest's name allows it) in archives that hold a manifest, which can list only its siblings,
   * VIB payloads get the digests their descriptor's checksums name, and VIBs in archives SHA-256 (depot metadata gives it).
   */
  readonly digests?: readonly DigestName[];
  /** Digests of the bundle file itself: SHA-256 (for the report) by default. */
  readonly bundleDigests?: readonly DigestName[];
  /** Told as the bundle's entries are read: bytes of the bundle file done, its size, the file being read (at any depth). */
  readonly onProgress?: (done: number, total: number, entry: string) => void;
  readonly context: ReleaseContext;
  /**
   * What the bundles read at once may hold in memory together (see RunMemory); `lint()` gives
   * every bundle of a run the same. By default, a bundle has its own.
   */
  readonly memory?: RunMemory;
  /** Without `memory`: the inflated nested archives this bundle alone may hold in memory before spilling to the temp dir. */
  readonly nestedMemoryBytes?: number;
  /**
   * Read only what the release signature needs (names, archives, metadata files, documents), without
   * digests: how `--previous` bundles are read.
   */
  readonly metadataOnly?: boolean;
  /** With `--check-links`: fetches the addresses the documents give (see links.ts), once `linkChecks()` is first asked. */
  readonly linkChecker?: LinkChecker;
}

/** A bundle read into its model, holding open what `read()` needs until closed. */
export interface BundleSession {
  readonly bundle: Bundle;
  /**
   * The bytes of a file that was read cleanly (what document extraction reads): a document's
   * copy from the read pass, handed over once, else read again through the safe reader; rejects
   * for files that were not read cleanly, or are larger than `maxBytes`. Rules never get it.
   */
  read(file: BundleFile, maxBytes: number): Promise<Buffer>;
  close(): Promise<void>;
}

/** The largest XML metadata file (descriptor, bulletin) kept for parsing; all of them share RunMemory.kept. */
const KEPT_BYTES_LIMIT = 4 * 2 ** 20;
/**
 * The largest document kept from the read pass for parsing, so it is not read and inflated again;
 * all of them share RunMemory.documents, past which (a bundle of large PDFs) they are read again
 * when parsed, one at a time.
 */
const DOCUMENT_BYTES_LIMIT = 16 * 2 ** 20;

/** Where a file's bytes can be found again. */
type Locator =
  | { kind: 'zip'; zip: OpenZip; entry: ZipEntry }
  | { kind: 'ar'; parent: BundleFile; offset: number };

/** What is known of a file when its header is read; the rest is learnt from its bytes. */
type FileFacts = Pick<BundleFile, 'path' | 'name' | 'archivePath' | 'depth' | 'directory' | 'symlink' | 'size' | 'modified'>;

/** A file while the walker fills it in; rules see it frozen, through the readonly interface. */
type FileRecord = { -readonly [K in keyof BundleFile]: BundleFile[K] };

/** One file being read: its sink, and what its first bytes said to do with the rest. */
interface FileRead {
  content: ContentSink;
  consumer: Consumer | undefined;
  /** Where a kept file's bytes go once verified. */
  keep: Map<BundleFile, Buffer> | undefined;
}

/**
 * Reads a bundle in one pass over its file, depth first: the bundle's digests and every entry
 * are fed from that pass; an entry is inflated once and hashed as it is; a stored nested zip
 * or an ar archive (a VIB) is walked as its bytes stream past, a deflated nested zip is walked
 * from memory or a spill file once inflated. Archive directories and local headers are read
 * where they lie before their entries stream past.
 * A missing or unreadable bundle file rejects (a usage error); anything wrong inside it is an event.
 */
export async function readBundle(path: string, options: ReadOptions): Promise<BundleSession> {
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`${path}: cannot be opened (${error.code ?? error.message})`);
  });
  const walker = new Walker(options);
  try {
    const { size } = await handle.stat();
    const reader = new FileReader(handle.fd);
    const hashes = runningDigests(options.metadataOnly ? [] : (options.bundleDigests ?? ['sha256']), size);
    // Every byte of the bundle passes here: once its time is out, reading stops, whatever still reads.
    const cursor = new ByteCursor(hashed(reader._readStreamForRange(0, size), hashes, () => walker.inTime()));
    const root = await walker.walkZip({ reader, size }, cursor, '', 0).catch((error: unknown) => walker.readerFailed(error));
    // The rest is read for the bundle's digests, unless time ran out: then they are not known.
    const whole = await cursor.skipTo(size);
    if (!whole) hashes.discard();
    const digests = whole ? await hashes.hex() : {};
    const bundle = walker.freeze({ path, size, digests, root, context: options.context });
    return { bundle, read: (file, maxBytes) => walker.readAgain(file, maxBytes, path), close: () => walker.close(handle) };
  } catch (error) {
    await walker.close(handle);
    throw error;
  }
}

/** What a promise-returning function first resolved to, computed on the first call only. */
function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= compute());
}

/**
 * Manifests (parsed as they stream), XML metadata (descriptors, bulletins, depot indexes) and VIB
 * signatures (kept for the model) are read even for the release signature.
 */
function isKept(name: string): boolean {
  return isManifestName(name) || /\.xml$/i.test(name) || name === VIB_SIGNATURE;
}

/** Documents carry the release signature too (release notes, guides' titles): known by name before their bytes are read. */
function mayBeDocument(name: string): boolean {
  return classify(name, 'unknown', { directory: false, symlink: false }).documentFormat !== undefined;
}

/** The archive a name promises that other rules need opened: a zip (or jar) or a VIB. */
function claimedArchive(name: string): 'zip' | 'VIB' | undefined {
  return /\.(zip|jar)$/i.test(name) ? 'zip' : /\.vib$/i.test(name) ? 'VIB' : undefined;
}

/** A SHA-256 manifest, or a combined one that may hold SHA-256 lines. */
function maySha256(name: string): boolean {
  return isManifestName(name) && (algorithmOfName(name) ?? 'sha256') === 'sha256';
}

/** What the manifests among an archive's entries may list: MD5 and SHA-1, SHA-256 where a name allows it. */
function manifestDigests(names: readonly string[]): DigestName[] {
  if (!names.some(isManifestName)) return [];
  return names.some(maySha256) ? ['md5', 'sha1', 'sha256'] : ['md5', 'sha1'];
}

function union(...lists: (readonly DigestName[])[]): DigestName[] {
  return [...new Set(lists.flat())];
}

/** The chunks of a stream, each fed to `hashes` as it passes, while `inTime` says so. */
async function* hashed(chunks: AsyncIterable<Buffer>, hashes: RunningDigests, inTime: () => boolean): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) {
    if (!inTime()) return;
    await hashes.update(chunk);
    yield chunk;
  }
}

/**
 * A stored zip inside the archive being read, walked as its parent's bytes stream past, so
 * they are read once: the parent writes into a channel the nested walk takes its entries from.
 * Like an ar archive, what was read before its parent stopped is kept.
 */
class InPlaceZip implements Consumer {
  /**
   * Chunks pass one by one (an object-mode readable side): a byte stream's read() joins what it
   * buffered into a copy, which neither the CRC memo nor the hash rings know as the parent's bytes.
   */
  private readonly channel = new PassThrough({ writableHighWaterMark: CHUNK_BYTES, readableObjectMode: true, readableHighWaterMark: 1 });
  private walk: Promise<BundleArchive | undefined> | undefined;
  private walked = false;
  archive: BundleArchive | undefined;

  constructor(private readonly start: (chunks: AsyncIterable<Buffer>) => Promise<BundleArchive | undefined>) {}

  async write(chunk: Buffer): Promise<void> {
    const walk = this.begin();
    // Bytes after the walk took all it needed (the directory, at the end) are not wanted.
    if (this.walked || this.channel.write(chunk)) return;
    await Promise.race([new Promise((resolve) => this.channel.once('drain', resolve)), walk]);
  }

  async finish(): Promise<void> {
    await this.end();
  }

  async abandon(): Promise<void> {
    await this.end();
  }

  private async end(): Promise<void> {
    const walk = this.begin();
    this.channel.end();
    try {
      this.archive = await walk;
    } finally {
      this.channel.destroy();
    }
  }

  private begin(): Promise<BundleArchive | undefined> {
    return (this.walk ??= this.start(this.channel).finally(() => {
      this.walked = true;
    }));
  }
}

class Walker {
  private readonly events: ArchiveEvent[] = [];
  private readonly files: FileRecord[] = [];
  private readonly locators = new WeakMap<BundleFile, Locator>();
  private readonly zips: OpenZip[] = [];
  private readonly spills: { handle: FileHandle; path: string }[] = [];
  private readonly budget: Budget;
  /** This bundle's shares of the run's memory, given back when it closes. */
  private readonly memory: MemoryShare;
  private readonly keptMemory: MemoryShare;
  private readonly documentMemory: MemoryShare;
  /** Digests rules want of every file. */
  private readonly everyFile: readonly DigestName[];
  /** Whole contents of small XML metadata files, for the model to parse once reading is done. */
  private readonly kept = new Map<BundleFile, Buffer>();
  /** Manifests, parsed as their bytes passed. */
  private readonly manifests = new Map<BundleFile, ParsedManifest>();
  /** What the bundle's manifests may keep together. */
  private readonly manifestAllowance: ManifestAllowance;
  /** Documents' bytes from the read pass, each handed over once, when it is parsed. */
  private readonly documents = new Map<BundleFile, Buffer>();
  /** VIB descriptors, parsed as soon as read: their checksums say which digests the payloads need. */
  private readonly descriptors = new Map<BundleFile, DescriptorParse>();
  /** VIB signatures, parsed once read. */
  private readonly signatures = new Map<BundleFile, Pkcs7Parse>();
  private readonly emit = (event: ArchiveEvent) => {
    this.events.push(event);
  };
  /** For progress: the file being read, and bytes of the bundle's own entries read. */
  private current = '';
  private done = 0;

  constructor(private readonly options: ReadOptions) {
    this.budget = new Budget(options.limits);
    const memory = options.memory ?? runMemory({ nested: options.nestedMemoryBytes });
    this.memory = memory.nested.share();
    this.keptMemory = memory.kept.share();
    this.manifestAllowance = new ManifestAllowance(options.limits.maxEntries);
    this.documentMemory = memory.documents.share();
    this.everyFile = options.metadataOnly ? [] : (options.digests ?? []);
  }

  /**
   * Walks a zip: its directory read from `source`, where it lies, then its entries in the order
   * their data comes in `cursor`, a pass over the same bytes. Entries are settled in that order,
   * each with the archives it holds, depth first.
   */
  async walkZip(source: Source, cursor: ByteCursor, archivePath: string, depth: number): Promise<BundleArchive | undefined> {
    const zip = await openZip(source, archivePath, this.budget, this.emit);
    if (!zip) return undefined;
    this.zips.push(zip);
    const digests = union(this.everyFile, this.options.metadataOnly ? [] : manifestDigests(zip.entries.map((entry) => entry.name)));
    const files: FileRecord[] = [];
    const meter: RatioMeter = { path: archivePath, inflated: 0, consumed: 0, tripped: false };
    for (const entry of zip.entries) {
      const record = this.add(files, { ...entry, archivePath, depth }, { kind: 'zip', zip, entry });
      const ignored = this.options.metadataOnly && !claimedArchive(entry.name) && !isKept(entry.name) && !mayBeDocument(entry.name);
      // A pass that ends before an entry's data was cut short by its parent, which has said why.
      const skip = entry.directory || entry.skip || ignored || this.budget.stoppedBy || meter.tripped || cursor.ended;
      if (skip || !(await cursor.skipTo(entry.dataStart!))) {
        await this.settle(record, undefined, false);
        continue;
      }
      const inPlace = () => ({ reader: new SliceReader(zip.source.reader, entry.dataStart!, entry.size), size: entry.size });
      // A depot's metadata gives the SHA-256 of each VIB it holds (a VIB at the bundle's top is in no depot).
      const vibDigests = !this.options.metadataOnly && depth > 0 && /\.vib$/i.test(entry.name) ? union(digests, ['sha256']) : digests;
      const read = this.startRead(record, { inPlace: entry.method === STORED ? inPlace : undefined, digests: vibDigests, gunzip: [] });
      const onRead = depth === 0 && this.options.onProgress ? (bytes: number) => this.progress(bytes, source.size) : undefined;
      const end = entry.dataStart! + entry.compressedSize;
      const clean = await pumpZipEntry(entry, async () => cursor.range(end), { budget: this.budget, emit: this.emit, meter, onRead }, read.content);
      // What an entry that stopped early left of its data.
      await cursor.skipTo(end);
      await this.settle(record, read, clean);
    }
    return { path: archivePath, format: 'zip', files };
  }

  /** A deflated nested zip, inflated into memory or a spill file: walked in one pass over that copy. */
  private async walkCopy(source: Source, record: FileRecord): Promise<BundleArchive | undefined> {
    const cursor = new ByteCursor(source.reader._readStreamForRange(0, source.size));
    try {
      return await this.walkZip(source, cursor, record.path, record.depth + 1);
    } finally {
      await cursor.close();
    }
  }

  private progress(bytes: number, total: number): void {
    this.done += bytes;
    this.options.onProgress!(this.done, total, this.current);
  }

  private add(siblings: FileRecord[], facts: FileFacts, locator: Locator): FileRecord {
    const { path, name, archivePath, depth, directory, symlink, size, modified } = facts;
    const record: FileRecord = {
      path, name, archivePath, depth, directory, symlink, size, modified,
      digests: undefined, format: 'unknown', kind: 'other', documentFormat: undefined, nested: undefined, gunzipped: undefined,
    };
    this.locators.set(record, locator);
    siblings.push(record);
    this.files.push(record);
    return record;
  }

  /**
   * Prepares a file's sink, hashing `digests`; its first bytes decide what else its bytes feed:
   * an ar archive is parsed as it streams, a zip is walked as it streams when stored (`inPlace`
   * gives where it lies) or else captured, a small metadata file is kept for the model, and a
   * gzip file (a VIB payload) is inflated when `gunzip` digests of its content are wanted.
   */
  private startRead(record: FileRecord, { inPlace, digests, gunzip }: { inPlace: (() => Source) | undefined; digests: readonly DigestName[]; gunzip: readonly DigestName[] }): FileRead {
    const read: FileRead = { content: undefined!, consumer: undefined, keep: undefined };
    const keep = (limit: number, memory: Allowance, into: Map<BundleFile, Buffer>) => {
      read.keep = into;
      return new KeptBytes(limit, memory);
    };
    this.current = record.path;
    read.content = new ContentSink(digests, record.size, (head) => {
      record.format = sniffFormat(head);
      const archive = !record.symlink && (record.format === 'zip' || record.format === 'ar');
      if (archive && !this.mayNest(record)) return undefined;
      if (archive && record.format === 'ar') read.consumer = this.arConsumer(record);
      else if (archive && inPlace) read.consumer = new InPlaceZip((chunks) => this.walkZip(inPlace(), new ByteCursor(chunks), record.path, record.depth + 1));
      else if (archive) read.consumer = new ArchiveCapture(this.memory, (handle, path) => this.spills.push({ handle, path }));
      else if (isManifestName(record.name)) read.consumer = new ManifestConsumer(record.name, this.options.limits.maxEntries, this.manifestAllowance);
      else if (isKept(record.name) && record.size <= KEPT_BYTES_LIMIT) read.consumer = keep(KEPT_BYTES_LIMIT, this.keptMemory, this.kept);
      else if (mayBeDocument(record.name) && record.size <= DOCUMENT_BYTES_LIMIT) read.consumer = keep(DOCUMENT_BYTES_LIMIT, this.documentMemory, this.documents);
      else if (record.format === 'gzip' && gunzip.length > 0) read.consumer = new GunzipDigests(record.path, this.budget, this.emit, gunzip, record.size);
      return read.consumer;
    });
    return read;
  }

  private mayNest(record: FileRecord): boolean {
    const level = record.depth + 1;
    if (level <= this.options.limits.maxDepth) return true;
    this.emit({ type: 'limit', path: record.path, limit: 'maxDepth', scope: 'entry', actual: level, max: this.options.limits.maxDepth });
    return false;
  }

  /** An ar archive parsed as it streams: each member becomes a file read by the same rules. */
  private arConsumer(record: FileRecord): Consumer {
    const files: FileRecord[] = [];
    const reads = new Map<ArMember, [FileRecord, FileRead]>();
    // A VIB by its name, or by its first member, as vibauthor writes it.
    let vib = /\.vib$/i.test(record.name);
    const parser = new ArParser(record.path, this.budget, this.emit, {
      begin: (member) => {
        vib ||= files.length === 0 && member.name === 'descriptor.xml';
        const facts = { ...member, archivePath: record.path, depth: record.depth + 1, directory: false, symlink: false };
        const child = this.add(files, facts, { kind: 'ar', parent: record, offset: member.dataOffset });
        const descriptor = files.find((file) => file.name === 'descriptor.xml');
        const wanted = vib && descriptor && !this.options.metadataOnly ? payloadDigests(this.descriptors.get(descriptor), member.name) : { stored: [], gunzip: [] };
        const childRead = this.startRead(child, { inPlace: undefined, digests: union(this.everyFile, wanted.stored), gunzip: wanted.gunzip });
        reads.set(member, [child, childRead]);
        return childRead.content;
      },
      end: async (member, complete) => {
        const [child, childRead] = reads.get(member)!;
        reads.delete(member);
        await this.settle(child, childRead, complete);
        const bytes = vib ? this.kept.get(child) : undefined;
        if (bytes && child.name === 'descriptor.xml') this.descriptors.set(child, parseDescriptor(bytes.toString('utf8')));
        if (bytes && child.name === VIB_SIGNATURE) this.signatures.set(child, parsePkcs7(bytes));
        if (bytes) this.kept.delete(child);
      },
    });
    return {
      write: (chunk) => parser.write(chunk),
      finish: async () => {
        await parser.finish();
        record.nested = { path: record.path, format: 'ar', files };
      },
      abandon: async () => {},
    };
  }

  /** Ends a file: its digests, the archive it holds (opened now, depth first), its kind. */
  private async settle(record: FileRecord, read: FileRead | undefined, clean: boolean): Promise<void> {
    if (read) record.digests = await read.content.end(clean);
    if (record.symlink) {
      const target = clean && read ? read.content.head.toString('utf8') : undefined;
      this.emit({ type: 'symlink', path: record.path, target });
    }
    if (clean && read) {
      const { consumer } = read;
      if (consumer instanceof InPlaceZip) record.nested = consumer.archive;
      if (consumer instanceof ArchiveCapture && consumer.source) record.nested = await this.walkCopy(consumer.source, record);
      if (consumer instanceof KeptBytes && consumer.bytes) read.keep!.set(record, consumer.bytes);
      if (consumer instanceof ManifestConsumer && consumer.parsed) this.manifests.set(record, consumer.parsed);
      if (consumer instanceof GunzipDigests) record.gunzipped = consumer.result;
      this.checkNamedFormat(record);
    }
    const names = record.nested?.files.map((file) => file.name);
    ({ kind: record.kind, documentFormat: record.documentFormat } = classify(record.name, record.format, record, names));
  }

  /**
   * A file named like an archive other rules need, whose bytes are something else. An
   * AppleDouble file (`._name`, macOS resource fork) borrows the name without the content.
   */
  private checkNamedFormat(record: FileRecord): void {
    const claims = claimedArchive(record.name);
    if (!claims || record.name.split('/').pop()!.startsWith('._')) return;
    const matches = claims === 'zip' ? ['zip', 'ooxml', 'odf'].includes(record.format) : record.format === 'ar';
    if (matches) return;
    const reason = `it is named like a ${claims} archive but its content is ${FORMAT_DESCRIPTIONS[record.format]}`;
    this.emit({ type: 'unreadable', path: record.path, reason });
  }

  /** False once the bundle's time ran out (the limit's event is emitted once, at the file being read). */
  inTime(): boolean {
    return this.budget.inTime(this.current, this.emit);
  }

  /**
   * A bug in the reader is reported against the bundle, which keeps what was read before it;
   * a temp dir that cannot be written ends the run.
   */
  readerFailed(error: unknown): undefined {
    if (error instanceof TempStorageError) throw error;
    const reason = `bundlelint failed while reading it (${describeError(error)}); this is a bug, please report it with the bundle`;
    this.emit({ type: 'unreadable', path: '', reason });
    return undefined;
  }

  freeze(facts: Pick<Bundle, 'path' | 'size' | 'digests' | 'root' | 'context'>): Bundle {
    const byPath = new Map<string, FileRecord>();
    for (const record of this.files) {
      if (!byPath.has(record.path)) byPath.set(record.path, record);
      Object.freeze(record);
    }
    const parsed = bundleFacts({ files: this.files, byPath, kept: this.kept, manifests: this.manifests, descriptors: this.descriptors, signatures: this.signatures, events: this.events });
    this.kept.clear();
    this.manifests.clear();
    const read = (file: BundleFile, maxBytes: number) => this.readAgain(file, maxBytes, facts.path);
    const documents = once(() => readDocuments(this.files, read, this.options.limits, this.budget.deadline));
    const release = once(async () => {
      const parsedDocuments = await documents();
      return releaseFacts({ bundlePath: facts.path, files: this.files, ...parsed, documents: parsedDocuments, notes: releaseNotesOf(parsedDocuments) });
    });
    const checker = this.options.linkChecker;
    const partner = once(async () =>
      partnerIdentity({ bundlePath: facts.path, configured: facts.context.partner ?? { names: [], domains: [] }, ...parsed, installers: parsed.layout.installers, documents: await documents() }),
    );
    // links.js is loaded with the checker's fetching (lint.ts): only when links are checked.
    const linkChecks = once(async () => (checker ? checker((await import('./links.js')).linkCheckCandidates(await documents(), await partner())) : undefined));
    return Object.freeze({ ...facts, ...parsed, files: Object.freeze(this.files), events: Object.freeze(this.events), file: (path: string) => byPath.get(path), documents, release, linkChecks, partner });
  }

  async readAgain(file: BundleFile, maxBytes: number, bundlePath: string): Promise<Buffer> {
    if (!this.locators.has(file)) throw new Error(`${file.path} is not a file of this bundle`);
    if (!file.digests) throw new Error(`${file.path} was not read cleanly the first time, so it is not read again`);
    if (file.size > maxBytes) throw new Error(`${file.path} holds ${file.size} bytes, more than the ${maxBytes} asked for`);
    const kept = this.documents.get(file);
    if (kept) {
      this.documents.delete(file);
      this.documentMemory.release(kept.length);
      return kept;
    }
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of this.bytesOf(file)) {
      // limits.maxSeconds stops reading again too (a document deep in a large VIB is read from its start).
      if (Date.now() > this.budget.deadline) throw new DocumentError(`it was not parsed: ${timeRanOut(this.options.limits.maxSeconds)} while it was read`);
      total += chunk.length;
      // The bundle file was rewritten under us: the machine's doing, not the bundle's.
      if (total > file.size) throw new UsageError(`${bundlePath} changed on disk while bundlelint read it (${file.path} grew); lint it again once it is complete`);
      chunks.push(chunk);
    }
    return Buffer.concat(chunks, total);
  }

  /** A file's bytes again: from its zip entry, or cut out of the ar archive that holds it. */
  private async *bytesOf(file: BundleFile): AsyncGenerator<Buffer> {
    const locator = this.locators.get(file)!;
    if (locator.kind === 'zip') {
      yield* inflated(locator.entry, await storedData(locator.zip, locator.entry)).data;
      return;
    }
    const end = locator.offset + file.size;
    let at = 0;
    for await (const chunk of this.bytesOf(locator.parent)) {
      const from = Math.max(locator.offset - at, 0);
      const to = Math.min(end - at, chunk.length);
      if (to > from) yield chunk.subarray(from, to);
      at += chunk.length;
      if (at >= end) return;
    }
  }

  async close(handle: FileHandle): Promise<void> {
    for (const zip of this.zips) zip.zipfile.close();
    for (const spill of this.spills) {
      await spill.handle.close().catch(() => {});
      await rm(spill.path, { force: true });
    }
    this.documents.clear();
    for (const share of [this.memory, this.keptMemory, this.documentMemory]) share.close();
    await handle.close();
  }
}
