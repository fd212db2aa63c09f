import { createReadStream, createWriteStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { Budget } from '../archive/budget.js';
import { inflated, storedData } from '../archive/entry-data.js';
import type { Limits } from '../archive/limits.js';
import { FileReader, SliceReader, type Source } from '../archive/readers.js';
import { newTempFile, tempStorageError } from '../archive/temp.js';
import { DEFLATED, openZip, type OpenZip, type ZipEntry } from '../archive/zip.js';
import type { DigestName, Digests } from '../model/model.js';
import { runningDigests } from '../scan/digests.js';
import { ZipWriter, type NewEntry } from './zip-writer.js';

/** A file made in the temp dir for the fixed bundle: its digests, and the entry that stores it. */
export interface TempFile {
  readonly digests: Digests;
  readonly entry: (name: string, method: number, time: { dosTime: number; dosDate: number }) => Promise<NewEntry>;
}

/** What a nested zip becomes: its entries kept (all but `drop`), then `add`ed ones copied from the bundle under new names. */
export interface ZipRewrite {
  /** The nested zip rewritten, or none (a new zip). */
  readonly from?: ZipEntry;
  readonly drop: (entry: ZipEntry) => boolean;
  readonly add: readonly { readonly entry: ZipEntry; readonly name: string }[];
}

/**
 * Writes a zip into the temp dir: a nested zip of the bundle without its dropped entries and with
 * the documents added (or only those, for a new documentation zip), every entry copied as it is
 * stored. A deflated nested zip is inflated into the temp dir first, never into memory.
 */
export async function rewriteZip(bundle: OpenZip, rewrite: ZipRewrite, limits: Readonly<Limits>, digests: readonly DigestName[]): Promise<TempFile> {
  const path = await newTempFile('fix');
  const handle = await open(path, 'wx').catch((error: unknown) => {
    throw tempStorageError(error);
  });
  try {
    const writer = new ZipWriter(handle);
    let comment: Buffer = Buffer.alloc(0);
    if (rewrite.from) {
      const nested = await openNested(bundle, rewrite.from, limits);
      try {
        for (const entry of nested.zip.entries) if (!rewrite.drop(entry)) await writer.copy(nested.zip, entry);
        comment = archiveComment(nested.zip);
      } finally {
        await nested.close();
      }
    }
    for (const { entry, name } of rewrite.add) await writer.copy(bundle, entry, name);
    await writer.finish(comment);
  } finally {
    await handle.close();
  }
  return tempFile(path, digests);
}

/** The archive comment as stored (yauzl gives it undecoded, as we ask). */
export function archiveComment(zip: OpenZip): Buffer {
  const comment = zip.zipfile.comment as unknown;
  return Buffer.isBuffer(comment) ? comment : Buffer.from(String(comment), 'latin1');
}

/** A nested zip opened where it lies when stored, else from its inflated copy in the temp dir. */
async function openNested(bundle: OpenZip, entry: ZipEntry, limits: Readonly<Limits>): Promise<{ zip: OpenZip; close: () => Promise<void> }> {
  let source: Source;
  let close = async () => {};
  if (entry.method !== DEFLATED) source = { reader: new SliceReader(bundle.source.reader, entry.dataStart!, entry.compressedSize), size: entry.compressedSize };
  else {
    const path = await newTempFile('fix-inflated');
    await pipeline(inflated(entry, await storedData(bundle, entry)).data, createWriteStream(path, { flags: 'wx' })).catch((error: unknown) => {
      throw tempStorageError(error);
    });
    const handle = await open(path, 'r');
    source = { reader: new FileReader(handle.fd), size: (await handle.stat()).size };
    close = () => handle.close();
  }
  // The bundle was read and checked already (fix refuses one with archive findings): nothing here is news.
  const zip = await openZip(source, entry.path, new Budget(limits), () => {});
  if (!zip) throw new Error(`${entry.path} could not be opened again`);
  return { zip, close };
}

/** The digests of a temp file, and how to store it: as it is, or deflated into another temp file. */
async function tempFile(path: string, names: readonly DigestName[]): Promise<TempFile> {
  const { size } = await stat(path);
  const hashes = runningDigests(names, size);
  let crc32 = 0;
  for await (const chunk of createReadStream(path)) {
    crc32 = zlib.crc32(chunk as Buffer, crc32);
    await hashes.update(chunk as Buffer);
  }
  const digests = await hashes.hex();
  return {
    digests,
    entry: async (name, method, time) => {
      if (method !== DEFLATED) return { name, method, crc32, size, compressedSize: size, ...time, data: () => createReadStream(path) };
      const deflatedPath = await newTempFile('fix-deflated');
      await pipeline(createReadStream(path), zlib.createDeflateRaw(), createWriteStream(deflatedPath, { flags: 'wx' })).catch((error: unknown) => {
        throw tempStorageError(error);
      });
      const compressedSize = (await stat(deflatedPath)).size;
      return { name, method, crc32, size, compressedSize, ...time, data: () => createReadStream(deflatedPath) };
    },
  };
}
