import { open, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { Budget } from '../archive/budget.js';
import { defaultLimits, type Limits } from '../archive/limits.js';
import { FileReader } from '../archive/readers.js';
import { removeTempDirectory } from '../archive/temp.js';
import { DEFLATED, openZip, STORED, type OpenZip, type ZipEntry } from '../archive/zip.js';
import type { Finding, Rule, RuleSetting } from '../engine/rule.js';
import { runRules } from '../engine/run.js';
import { resolveSettings } from '../engine/settings.js';
import { OutputError, systemReason, UsageError } from '../errors.js';
import { ALGORITHM_NAMES } from '../formats/manifests.js';
import { requireFile } from '../lint.js';
import type { Bundle, DigestName } from '../model/model.js';
import { enclosingArchives } from '../model/queries.js';
import { readBundle } from '../scan/read.js';
import { regenerateManifests, type DeliveredFile } from './manifests.js';
import { archiveComment, rewriteZip, type TempFile } from './temp-zips.js';
import { bufferEntry, ZipWriter } from './zip-writer.js';

/** What fix changed, one line each in the order it was done. */
export type Change =
  | { readonly action: 'removed'; readonly path: string; readonly why: string }
  | { readonly action: 'moved'; readonly path: string; readonly to: string }
  /** A manifest listing `files`, or an archive holding them. */
  | { readonly action: 'rewrote' | 'created'; readonly path: string; readonly files: number; readonly manifest: boolean }
  | { readonly action: 'left'; readonly path: string; readonly why: string };

export type FixResult =
  | { readonly refused: readonly Finding[] }
  | { readonly output: string; readonly changes: readonly Change[] };

export interface FixOptions {
  readonly output: string;
  readonly rules?: readonly Rule[];
  readonly settings?: Readonly<Record<string, RuleSetting>>;
  readonly limits?: Partial<Limits>;
}

/** The rules whose findings fix acts on: archive errors refuse, debris and loose documents are repaired. */
const JUNK = 'layout/junk';
const DOCS_ARCHIVE = 'layout/docs-archive';
const LOOSE = new Set(['loose', 'loose-no-archive']);
const DIGESTS: readonly DigestName[] = ['md5', 'sha1', 'sha256'];

/**
 * Writes a corrected copy of a bundle to `output`: OS and editor debris dropped (what layout/junk
 * reports), loose documents moved into the documentation zip (what layout/docs-archive reports;
 * a new `<name>-docs.zip` when there is none), the top-level manifests regenerated in their form;
 * every other entry copied as it is stored, in its order. A bundle with an archive error is
 * refused and nothing is written; the copy is written beside `output` and renamed into place
 * once whole, so a failure leaves no partial file.
 */
export async function fix(input: string, options: FixOptions): Promise<FixResult> {
  await requireFile(input);
  await refuseSameFile(input, options.output);
  const limits = { ...defaultLimits, ...options.limits };
  const rules = (options.rules ?? builtinRules).filter(({ meta }) => meta.id.startsWith('archive/') || meta.id === JUNK || meta.id === DOCS_ARCHIVE);
  const session = await readBundle(input, { limits, digests: DIGESTS, context: { now: new Date(), previous: [] } });
  try {
    const { bundle } = session;
    // The configuration's settings of the rules fix acts on (layout/junk's lists, a rule turned off).
    const settings = Object.fromEntries(Object.entries(options.settings ?? {}).filter(([id]) => rules.some((rule) => rule.meta.id === id)));
    const findings = await runRules(bundle, rules, resolveSettings(rules, settings));
    const refused = findings.filter((finding) => finding.ruleId.startsWith('archive/') && finding.severity === 'error');
    if (refused.length > 0 || !bundle.root) return { refused };
    const handle = await open(input, 'r');
    try {
      const zip = await openZip({ reader: new FileReader(handle.fd), size: bundle.size }, '', new Budget(limits), () => {});
      if (!zip) throw new Error(`${input} could not be opened again`);
      return { output: options.output, changes: await writeFixed(bundle, zip, findings, limits, options.output) };
    } finally {
      await handle.close();
    }
  } finally {
    await session.close();
    removeTempDirectory();
  }
}

/** Refuses an output that is the input under another name (a symbolic or hard link, `./x.zip`). */
async function refuseSameFile(input: string, output: string): Promise<void> {
  const [inputInfo, outputInfo] = await Promise.all([stat(input), stat(output).catch(() => undefined)]);
  const folder = await realpath(dirname(output)).catch(() => {
    throw new UsageError(`cannot write ${output}: its folder does not exist`);
  });
  const same = outputInfo ? outputInfo.ino === inputInfo.ino && outputInfo.dev === inputInfo.dev : join(folder, basename(output)) === (await realpath(input));
  if (same) throw new UsageError(`--output ${output} is the bundle itself; fix never changes a bundle in place, give another file`);
  if (outputInfo?.isDirectory()) throw new UsageError(`--output ${output} is a folder; give a file name`);
}

/** The plan carried out: nested zips and manifests made in the temp dir, then the copy written entry by entry. */
async function writeFixed(bundle: Bundle, zip: OpenZip, findings: readonly Finding[], limits: Limits, output: string): Promise<Change[]> {
  const changes: Change[] = [];
  const entryOf = new Map(zip.entries.map((entry) => [entry.path, entry]));
  const junk = findings.filter((finding) => finding.ruleId === JUNK).map((finding) => finding.location.path);
  const isJunk = (path: string) => junk.some((found) => path === found || (found.endsWith('/') && path.startsWith(found)));
  const installers = new Set(bundle.layout.installers.map((file) => file.path));
  const topFiles = bundle.files.filter((file) => file.depth === 0);

  // Debris inside a top-level zip that is not an installer: that zip is rewritten without it.
  const rewrites = new Map<string, { entry: ZipEntry; name: string }[]>();
  const additionsTo = (path: string) => rewrites.get(path) ?? rewrites.set(path, []).get(path)!;
  for (const path of junk) {
    const holder = enclosingArchives(path).at(-1) ?? '';
    if (holder === '') changes.push({ action: 'removed', path, why: 'debris' });
    else if (bundle.file(holder)?.depth === 0 && !installers.has(holder)) {
      additionsTo(holder);
      changes.push({ action: 'removed', path, why: 'debris' });
    } else changes.push({ action: 'left', path, why: installers.has(holder) ? 'debris inside the installer: rebuild the installer without it' : 'debris in an archive nested deeper than fix rewrites' });
  }

  // Loose documents go into the documentation zip, or a new one named like the bundle.
  const { documentArchives, mixedArchives } = bundle.layout;
  const rootFolder = commonFolder(topFiles.filter((file) => !isJunk(file.path)).map((file) => file.path));
  const docsArchive = documentArchives.find((candidate) => !mixedArchives.some((mixed) => mixed.archive === candidate));
  const docsPath = docsArchive?.path ?? `${rootFolder}${rootFolder ? rootFolder.slice(0, -1) : basename(bundle.path).replace(/\.zip$/i, '')}-docs.zip`;
  const taken = new Set(docsArchive?.nested?.files.map((file) => file.name.toLowerCase()));
  const moved = new Set<string>();
  for (const finding of findings.filter((candidate) => candidate.ruleId === DOCS_ARCHIVE && LOOSE.has(candidate.messageId))) {
    const path = finding.location.path;
    const name = path.startsWith(rootFolder) ? path.slice(rootFolder.length) : path;
    if (taken.has(name.toLowerCase())) {
      changes.push({ action: 'left', path, why: `${docsPath} already holds a file named ${name}` });
      continue;
    }
    taken.add(name.toLowerCase());
    moved.add(path);
    additionsTo(docsPath).push({ entry: entryOf.get(path)!, name });
    changes.push({ action: 'moved', path, to: `${docsPath}!/${name}` });
  }

  const made = new Map<string, TempFile>();
  for (const [path, add] of rewrites) {
    const from = entryOf.get(path);
    made.set(path, await rewriteZip(zip, { ...(from && { from }), drop: (entry) => isJunk(entry.path), add }, limits, DIGESTS));
  }

  const dropped = (path: string) => isJunk(path) || moved.has(path);
  const delivered: DeliveredFile[] = topFiles
    .filter((file) => !file.directory && file.kind !== 'manifest' && !dropped(file.path))
    .map((file) => ({ path: file.path, digests: made.get(file.path)?.digests ?? file.digests ?? {} }));
  const newDocs = docsArchive ? undefined : made.get(docsPath);
  if (newDocs) delivered.push({ path: docsPath, digests: newDocs.digests });
  const manifests = bundle.manifests.filter((manifest) => manifest.file.depth === 0 && manifest.readable && !dropped(manifest.file.path));
  const { outcomes, created, unlistable } = regenerateManifests(manifests, delivered, rootFolder);
  const regenerated = new Map(outcomes.map((outcome) => [outcome.manifest.file.path, outcome]));
  for (const { path, algorithm } of unlistable) changes.push({ action: 'left', path, why: `no ${ALGORITHM_NAMES[algorithm]} manifest can list it: it lies outside their folders` });

  const time = latestTime(zip.entries);
  const partial = join(dirname(output), `.${basename(output)}.${process.pid}.partial`);
  const handle = await open(partial, 'wx').catch((error: Error) => {
    throw new OutputError(`cannot write ${output} (${systemReason(error)})`);
  });
  try {
    const writer = new ZipWriter(handle);
    let docsWritten = false;
    // A new documentation zip takes the place of the first document moved into it.
    const addDocs = async () => {
      if (!newDocs || docsWritten) return;
      docsWritten = true;
      await writer.add(await newDocs.entry(docsPath, STORED, time));
      changes.push({ action: 'created', path: docsPath, files: moved.size, manifest: false });
    };
    for (const entry of zip.entries) {
      const outcome = regenerated.get(entry.path);
      const rewritten = made.get(entry.path);
      if (moved.has(entry.path)) await addDocs();
      else if (isJunk(entry.path)) continue;
      else if (rewritten) await writer.add(await rewritten.entry(entry.name, entry.method, timeOf(entry)));
      else if (outcome && outcome.action !== 'keep') {
        if (outcome.action === 'remove') changes.push({ action: 'removed', path: entry.path, why: 'a manifest with nothing left to list' });
        else {
          await writer.add(bufferEntry(entry.name, Buffer.from(outcome.text, 'utf8'), entry.method, timeOf(entry)));
          changes.push({ action: 'rewrote', path: entry.path, files: outcome.files, manifest: true });
        }
      } else await writer.copy(zip, entry);
    }
    for (const manifest of created) {
      await writer.add(bufferEntry(manifest.path, Buffer.from(manifest.text, 'utf8'), DEFLATED, time));
      changes.push({ action: 'created', path: manifest.path, files: manifest.files, manifest: true });
    }
    await writer.finish(archiveComment(zip));
    await handle.close();
    await rename(partial, output);
  } catch (error) {
    await handle.close().catch(() => {});
    await rm(partial, { force: true });
    if (error instanceof Error && 'code' in error && !(error instanceof UsageError)) throw new OutputError(`cannot write ${output} (${systemReason(error)})`);
    throw error;
  }
  return changes;
}

/** The one folder every path lies in (with its trailing slash), or `''`: the root folder once debris beside it is gone. */
function commonFolder(paths: readonly string[]): string {
  const first = paths[0]?.split('/')[0];
  return first !== undefined && paths.every((path) => path.startsWith(`${first}/`)) ? `${first}/` : '';
}

function timeOf(entry: ZipEntry): { dosTime: number; dosDate: number } {
  return { dosTime: entry.raw.lastModFileTime, dosDate: entry.raw.lastModFileDate };
}

/** The newest MS-DOS time among the entries: what new files get, so a fix of the same bundle writes the same bytes. */
function latestTime(entries: readonly ZipEntry[]): { dosTime: number; dosDate: number } {
  const latest = entries.reduce<ZipEntry | undefined>((best, entry) => (!best || dosStamp(entry) > dosStamp(best) ? entry : best), undefined);
  return latest ? timeOf(latest) : { dosTime: 0, dosDate: (1 << 5) | 1 };
}

function dosStamp(entry: ZipEntry): number {
  return entry.raw.lastModFileDate * 0x10000 + entry.raw.lastModFileTime;
}
