import { execFileSync } from 'node:child_process';
import { createCipheriv, createHash, type Hash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import zlib from 'node:zlib';
import { writeAr, type ArMemberSpec } from '../../fixtures/ar-writer.js';
import { writeZip } from '../../fixtures/zip-writer.js';
import { planBundle, serializeZip, writeBundle, type ZipTree } from '../../fixtures/bundle.js';
import { installer, vibMembers } from '../../fixtures/installer.js';
import { release, type Release } from '../../fixtures/release.js';

const MiB = 2 ** 20;

/** What the descriptor says of a payload: its size and digests over both forms. */
interface PayloadFacts {
  readonly size: number;
  readonly sha256: string;
  readonly tarSha256: string;
  readonly tarSha1: string;
}

/**
 * A compliant bundle in the usual layout (bundle zip → offline-bundle zip → VIB → payload)
 * whose VIB payload is a gzipped tar of `payloadBytes` random bytes; built once into `cache`
 * with the tools a release engineer uses (`zip`, `md5sum`, `sha1sum`), then reused.
 */
export async function largeBundle(cache: string, payloadBytes: number): Promise<string> {
  const facts = release();
  const path = join(cache, `large-${payloadBytes}`, planBundle(facts).fileName);
  if (existsSync(path)) return path;
  const staging = join(cache, `staging-${payloadBytes}`);
  await rm(staging, { recursive: true, force: true });
  const depotDir = join(staging, 'depot');
  await mkdir(depotDir, { recursive: true });
  const payloadPath = join(staging, 'payload');
  const payload = await writePayload(payloadPath, payloadBytes);

  // The depot the fixtures describe, with its VIB built around the large payload.
  const edit = (descriptor: string) => withPayload(descriptor, payload);
  const depot = installer(facts, edit);
  const entries = (depot.content as ZipTree).entries;
  // The VIB first: the depot's metadata gives its size and SHA-256, which are the large VIB's, not the fixture's.
  const vibEntry = entries.find((entry) => entry.name.endsWith('.vib'))!;
  const vibTarget = join(depotDir, vibEntry.name);
  await mkdir(dirname(vibTarget), { recursive: true });
  await writeVib(vibTarget, vibMembers(facts, edit), payloadPath);
  const small = vibEntry.content as Buffer;
  const described = (size: number, sha256: string) => `<packed-size>${size}</packed-size>\n  <checksum checksum-type="sha-256">${sha256}</checksum>`;
  const large = described((await stat(vibTarget)).size, await fileSha256(vibTarget));
  const describeLarge = (tree: ZipTree): ZipTree => ({
    ...tree,
    entries: tree.entries.map((entry) => ({
      ...entry,
      content: Buffer.isBuffer(entry.content) ? Buffer.from(entry.content.toString('latin1').replace(described(small.length, createHash('sha256').update(small).digest('hex')), large), 'latin1') : entry.content && describeLarge(entry.content),
    })),
  });
  for (const entry of entries) {
    if (entry === vibEntry) continue;
    const target = join(depotDir, entry.name);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, Buffer.isBuffer(entry.content) ? entry.content : serializeZip(describeLarge(entry.content as ZipTree)));
  }
  await rm(payloadPath);

  // The bundle: the root folder with the depot, the documents zip and the manifests.
  const plan = planBundle(facts);
  const rootDir = join(staging, 'bundle', plan.root);
  await mkdir(rootDir, { recursive: true });
  zip(depotDir, join(rootDir, depot.name), ['.']);
  for (const entry of plan.tree.entries) {
    if (!entry.content || entry.name.endsWith(depot.name)) continue;
    const target = join(staging, 'bundle', entry.name);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, Buffer.isBuffer(entry.content) ? entry.content : serializeZip(entry.content));
  }
  const delivered = execFileSync('find', ['.', '-type', 'f', '-printf', '%P\\n'], { cwd: rootDir, encoding: 'utf8' }).trim().split('\n').sort();
  await writeFile(join(rootDir, 'MD5SUMS'), execFileSync('md5sum', delivered, { cwd: rootDir }));
  await writeFile(join(rootDir, 'SHA1SUMS'), execFileSync('sha1sum', delivered, { cwd: rootDir }));
  const building = `${path}.partial`;
  await mkdir(dirname(path), { recursive: true });
  zip(join(staging, 'bundle'), building, [plan.root]);
  await rename(building, path);
  await rm(staging, { recursive: true, force: true });
  return path;
}

/** `count` small compliant bundles (the demo's size), varying in release and layout. */
export async function smallBundles(cache: string, count: number): Promise<string> {
  const directory = join(cache, `small-${count}`);
  if (existsSync(join(directory, '.complete'))) return directory;
  await rm(directory, { recursive: true, force: true });
  for (let index = 0; index < count; index += 1) {
    const variant: Partial<Release> = {
      slug: `corvid-nas-plugin-${index}`,
      installer: (['offline-bundle', 'component', 'vib'] as const)[index % 3],
      layout: { rootFolder: index % 2 === 0, eula: index % 4 < 2 ? 'docs' : 'top' },
    };
    await writeBundle(directory, release(variant));
  }
  await writeFile(join(directory, '.complete'), '');
  return directory;
}

/**
 * A zip of `count` small deflated files (a build tree's object files, or a hostile archive at the
 * entry limit's scale), none of them a document: what reading each entry costs by itself.
 */
export async function manySmallFiles(cache: string, count: number): Promise<string> {
  const path = join(cache, `many-small-${count}.zip`);
  if (existsSync(path)) return path;
  await mkdir(cache, { recursive: true });
  const entries = Array.from({ length: count }, (_, index) => ({ name: `build/obj/${index % 100}/unit-${index}.o`, data: Buffer.from(`object ${index} `.repeat(8)) }));
  await writeFile(`${path}.partial`, writeZip(entries));
  await rename(`${path}.partial`, path);
  return path;
}

/** Zips `names` (relative to `cwd`) as Info-ZIP does by default, storing what is already compressed. */
function zip(cwd: string, output: string, names: string[]): void {
  execFileSync('zip', ['-q', '-r', '-X', '-n', '.zip:.vib:.gz', output, ...names], { cwd });
}

/**
 * Streams a vmtar-like payload to `path`: one tar member of pseudo-random bytes (AES-CTR over
 * zeros, so the same every time and as incompressible as real binaries), gzipped.
 */
async function writePayload(path: string, bytes: number): Promise<PayloadFacts> {
  const tarSha256 = createHash('sha256');
  const tarSha1 = createHash('sha1');
  const gzSha256 = createHash('sha256');
  let size = 0;
  const gzip = zlib.createGzip({ level: 1 });
  const out = createWriteStream(path);
  gzip.on('data', (chunk: Buffer) => {
    size += chunk.length;
    gzSha256.update(chunk);
    if (!out.write(chunk)) gzip.pause();
  });
  out.on('drain', () => gzip.resume());
  const feed = async (chunk: Buffer) => {
    tarSha256.update(chunk);
    tarSha1.update(chunk);
    if (!gzip.write(chunk)) await once(gzip, 'drain');
  };
  await feed(tarHeader('usr/lib/vmware/nas_plugins/firmware/corvid-array.img', bytes));
  const cipher = createCipheriv('aes-128-ctr', Buffer.alloc(16, 7), Buffer.alloc(16, 0));
  const zeros = Buffer.alloc(4 * MiB);
  for (let done = 0; done < bytes; done += zeros.length) await feed(cipher.update(zeros.subarray(0, Math.min(zeros.length, bytes - done))));
  await feed(Buffer.alloc((512 - (bytes % 512)) % 512 + 1024));
  gzip.end();
  await once(gzip, 'end');
  out.end();
  await once(out, 'close');
  const hex = (hash: Hash) => hash.digest('hex');
  return { size, sha256: hex(gzSha256), tarSha256: hex(tarSha256), tarSha1: hex(tarSha1) };
}

function tarHeader(name: string, size: number): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0, 'utf8');
  header.write('0000644\0', 100);
  header.write('0000000\0', 108);
  header.write('0000000\0', 116);
  header.write(`${size.toString(8).padStart(11, '0')}\0`, 124);
  header.write(`${Math.floor(Date.UTC(2026, 9, 15) / 1000).toString(8).padStart(11, '0')}\0`, 136);
  header.write('        ', 148);
  header.write('0', 156);
  header.write('ustar\x0000', 257, 'latin1');
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return header;
}

async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 4 * MiB })) hash.update(chunk);
  return hash.digest('hex');
}

/** The descriptor with its payload entry describing the large payload. */
function withPayload(descriptor: string, payload: PayloadFacts): string {
  return descriptor
    .replace(/(<payload name="[^"]*" type="vgz" size=")\d+"/, `$1${payload.size}"`)
    .replace(/(<checksum checksum-type="sha-256">)[0-9a-f]+/, `$1${payload.sha256}`)
    .replace(/(<checksum checksum-type="sha-256" verify-process="gunzip">)[0-9a-f]+/, `$1${payload.tarSha256}`)
    .replace(/(<checksum checksum-type="sha-1" verify-process="gunzip">)[0-9a-f]+/, `$1${payload.tarSha1}`);
}

/** The VIB with its last member (the fixture's small payload) swapped for the large one, streamed. */
async function writeVib(target: string, members: ArMemberSpec[], payloadPath: string): Promise<void> {
  const { size } = await stat(payloadPath);
  const last = members.at(-1)!;
  // The payload member's header as writeAr makes it, with the large size in its size field.
  const header = writeAr([{ ...last, data: Buffer.alloc(0) }]).subarray(8);
  header.write(String(size).padEnd(10), 48, 'latin1');
  const out = createWriteStream(target);
  out.write(writeAr(members.slice(0, -1)));
  out.write(header);
  for await (const chunk of createReadStream(payloadPath, { highWaterMark: 4 * MiB })) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  if (size % 2 === 1) out.write('\n');
  out.end();
  await once(out, 'close');
}
