import { posix } from 'node:path';
import { joinPath, type ArchiveEvent, type ArchiveEventType } from '../archive/events.js';
import { isPluginManifestName, parseBulletins, parseDepotIndex, parseListedVib, parsePluginPackage, VIB_SIGNATURE, vibId, type DescriptorParse } from '../formats/installer-metadata.js';
import type { Pkcs7Parse } from '../formats/pkcs7.js';
import { algorithmOfName, type ParsedManifest } from '../formats/manifests.js';
import type { Bulletin, Bundle, BundleFile, BundleLayout, Depot, Manifest, Vib } from '../model/model.js';
import { enclosingArchives, insideAny } from '../model/queries.js';

/**
 * What the model parses out of the files the read pass kept (manifests, VIB descriptors,
 * bulletins): the facts rules read instead of parsing anything.
 */
export function bundleFacts({ files, byPath, kept, manifests: parsedManifests, descriptors, signatures, events }: {
  files: readonly BundleFile[];
  byPath: ReadonlyMap<string, BundleFile>;
  kept: ReadonlyMap<BundleFile, Buffer>;
  /** Manifests, parsed by the read pass as their bytes passed. */
  manifests: ReadonlyMap<BundleFile, ParsedManifest>;
  /** VIB descriptors, parsed by the read pass as soon as they were read. */
  descriptors: ReadonlyMap<BundleFile, DescriptorParse>;
  /** VIB signatures, parsed by the read pass. */
  signatures: ReadonlyMap<BundleFile, Pkcs7Parse>;
  events: readonly ArchiveEvent[];
}): Pick<Bundle, 'fullyRead' | 'layout' | 'manifests' | 'vibs' | 'bulletins' | 'depots' | 'pluginPackages'> {
  const text = (file: BundleFile) => kept.get(file)?.toString('utf8');
  const manifests = files.filter((file) => file.kind === 'manifest').map((file) => manifest(file, parsedManifests.get(file), byPath));
  const vibs = files.filter((file) => file.kind === 'vib' && file.nested).map((file) => vib(file, descriptors, signatures));
  const depots = new Set(files.filter((file) => file.kind === 'offline-bundle').map((file) => file.path));
  const bulletins: Bulletin[] = files
    .filter((file) => file.name.toLowerCase().endsWith('.xml') && insideAny(file, depots))
    .flatMap((file) => parseBulletins(text(file) ?? '').map((bulletin) => ({ ...bulletin, file })));
  // Each archive's own entries (not deeper ones), by its path.
  const entriesOf = listedBy(files, (file) => [file.archivePath]);
  const layout = bundleLayout(files, entriesOf);
  const fullyRead = !events.some((event) => HIDING_EVENTS.has(event.type));
  const vibIds = new Map(vibs.map((each) => [each.file, vibIdOf(each)]));
  const bulletinsIn = listedBy(bulletins, (bulletin) => enclosingArchives(bulletin.file.path));
  const depotFiles = files.filter((file) => isDepotLike(file, entriesOf(file.path)));
  const pluginPackages = files.flatMap((file) => {
    const manifest = file.kind === 'installer' && file.nested ? file.nested.files.find((entry) => isPluginManifestName(entry.name)) : undefined;
    const content = manifest && text(manifest);
    return manifest ? [{ file, manifest, parse: content === undefined ? undefined : parsePluginPackage(content) }] : [];
  });
  return { fullyRead, layout, manifests, vibs, bulletins, depots: depotFiles.map((file) => depot(file, entriesOf, bulletinsIn, vibIds, text)), pluginPackages };
}

/** A VIB's id from its descriptor. */
function vibIdOf(each: Vib): string | undefined {
  const fields = each.descriptor && 'descriptor' in each.descriptor ? each.descriptor.descriptor.fields : undefined;
  return fields && vibId({ vendor: fields.vendor?.text, type: fields.type?.text, name: fields.name?.text, version: fields.version?.text });
}

/** Items listed under each of their keys once, then looked up, never searched (a hostile bundle holds thousands of archives). */
function listedBy<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): (key: string) => readonly T[] {
  const lists = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const list = lists.get(key);
      if (list) list.push(item);
      else lists.set(key, [item]);
    }
  }
  return (key) => lists.get(key) ?? [];
}

/** A depot by its content, or a zip that ships VIBs or is named as a depot: esxcli must be able to install it. */
function isDepotLike(file: BundleFile, entries: readonly BundleFile[]): boolean {
  if (file.kind === 'offline-bundle') return true;
  if (!file.nested || file.nested.format !== 'zip' || file.kind !== 'archive') return false;
  return /offline[-_ ]?bundle|depot/i.test(file.name.split('/').pop()!) || entries.some((entry) => entry.kind === 'vib');
}

function depot(file: BundleFile, entriesOf: (path: string) => readonly BundleFile[], bulletinsIn: (path: string) => readonly Bulletin[], vibIds: ReadonlyMap<BundleFile, string | undefined>, text: (file: BundleFile) => string | undefined): Depot {
  const top = entriesOf(file.path);
  const index = (name: string, kind: 'index' | 'vendor-index') => {
    const entry = top.find((candidate) => candidate.name === name);
    const content = entry && text(entry);
    return entry && { file: entry, parse: content === undefined ? undefined : parseDepotIndex(content, kind) };
  };
  // Metadata zips: metadata.zip, and any other zip at the top holding VIB entries or bulletins.
  const holdsMetadata = (zip: BundleFile) => entriesOf(zip.path).some((entry) => /^(vibs|bulletins)\/[^/]+\.xml$/i.test(entry.name));
  const metadataZips = top.filter((entry) => entry.nested?.format === 'zip' && (entry.name === 'metadata.zip' || holdsMetadata(entry)));
  const listings = metadataZips
    .flatMap((zip) => entriesOf(zip.path))
    .filter((entry) => /^vibs\/[^/]+\.xml$/i.test(entry.name))
    .map((entry) => {
      const content = text(entry);
      return { file: entry, parse: content === undefined ? undefined : parseListedVib(content) };
    });
  return {
    file,
    index: index('index.xml', 'index'),
    vendorIndex: index('vendor-index.xml', 'vendor-index'),
    metadata: top.find((entry) => entry.name === 'metadata.zip'),
    listings,
    bulletins: bulletinsIn(file.path),
    vibs: top.filter((entry) => entry.kind === 'vib').map((entry) => ({ file: entry, id: vibIds.get(entry) })),
  };
}

/** Events after which some of the bundle's content is unknown. */
const HIDING_EVENTS = new Set<ArchiveEventType>([
  'unreadable', 'entry-unreadable', 'unsupported-method', 'encrypted', 'crc-mismatch', 'size-mismatch',
  'stored-size-mismatch', 'corrupt-data', 'limit', 'overlap',
]);

const INSTALLER_KINDS = new Set(['offline-bundle', 'vib', 'installer']);
const DOCUMENT_KINDS = new Set(['document', 'eula', 'license-notice']);

function bundleLayout(files: readonly BundleFile[], entriesOf: (path: string) => readonly BundleFile[]): BundleLayout {
  const top = files.filter((file) => file.depth === 0);
  const first = top[0]?.name.split('/')[0];
  const rootFolder = first && top.every((file) => file.name.startsWith(`${first}/`)) ? `${first}/` : undefined;
  const holdingDocuments = new Set(files.filter((file) => DOCUMENT_KINDS.has(file.kind)).flatMap((file) => enclosingArchives(file.path)));
  const documentArchives = top.filter((file) => file.kind === 'archive' && file.format === 'zip' && holdingDocuments.has(file.path));
  const mixedArchives = documentArchives.flatMap((archive) => {
    const installer = entriesOf(archive.path).find((file) => INSTALLER_KINDS.has(file.kind));
    return installer ? [{ archive, installer }] : [];
  });
  return { rootFolder, installers: top.filter((file) => INSTALLER_KINDS.has(file.kind)), documentArchives, mixedArchives };
}

/** A manifest's lines name files relative to its folder: `docs.zip`, `./sub/x.zip`, `sub\x.zip`. */
function manifest(file: BundleFile, parsed: ParsedManifest | undefined, byPath: ReadonlyMap<string, BundleFile>): Manifest {
  // Not read to its end (corrupt, cut short by a limit): its name still says what it is.
  if (!parsed) return { algorithms: [algorithmOfName(file.name)].filter((known) => known !== undefined), lines: [], problems: [], file, entries: [], readable: false };
  const folder = posix.dirname(file.name);
  const entries = parsed.lines.map((line) => {
    const relative = posix.normalize(posix.join(folder, line.name.replace(/\\/g, '/'))).replace(/^\.\//, '');
    const path = joinPath(file.archivePath, relative);
    return { ...line, path, target: relative.startsWith('../') ? undefined : byPath.get(path) };
  });
  return { ...parsed, file, entries, readable: true };
}

function vib(file: BundleFile, descriptors: ReadonlyMap<BundleFile, DescriptorParse>, signatures: ReadonlyMap<BundleFile, Pkcs7Parse>): Vib {
  const members = file.nested!.files;
  const descriptorFile = members.find((member) => member.name === 'descriptor.xml');
  const descriptor = descriptorFile && (descriptors.get(descriptorFile) ?? { error: 'it could not be read', line: 1 });
  const signatureFile = members.find((member) => member.name === VIB_SIGNATURE);
  // Read cleanly but not kept: larger than a metadata file may be, or than the run's memory for them.
  const signature = signatureFile?.digests && (signatures.get(signatureFile) ?? { error: `its ${signatureFile.size} bytes are more than bundlelint keeps of a signature` });
  return { file, descriptorFile, descriptor, signatureFile, signature, members };
}
