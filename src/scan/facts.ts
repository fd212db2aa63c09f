import { posix } from 'node:path';
import { joinPath, type ArchiveEvent, type ArchiveEventType } from '../archive/events.js';
import { parseBulletins, VIB_SIGNATURE, type DescriptorParse } from '../formats/installer-metadata.js';
import type { Pkcs7Parse } from '../formats/pkcs7.js';
import { algorithmOfName, type ParsedManifest } from '../formats/manifests.js';
import type { Bulletin, Bundle, BundleFile, BundleLayout, Manifest, Vib } from '../model/model.js';
import { isInside } from '../model/queries.js';

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
}): Pick<Bundle, 'fullyRead' | 'layout' | 'manifests' | 'vibs' | 'bulletins'> {
  const text = (file: BundleFile) => kept.get(file)?.toString('utf8');
  const manifests = files.filter((file) => file.kind === 'manifest').map((file) => manifest(file, parsedManifests.get(file), byPath));
  const vibs = files.filter((file) => file.kind === 'vib' && file.nested).map((file) => vib(file, descriptors, signatures));
  const depots = files.filter((file) => file.kind === 'offline-bundle');
  const bulletins: Bulletin[] = files
    .filter((file) => file.name.toLowerCase().endsWith('.xml') && depots.some((depot) => isInside(file, depot)))
    .flatMap((file) => parseBulletins(text(file) ?? '').map((bulletin) => ({ ...bulletin, file })));
  const layout = bundleLayout(files);
  const fullyRead = !events.some((event) => HIDING_EVENTS.has(event.type));
  return { fullyRead, layout, manifests, vibs, bulletins };
}

/** Events after which some of the bundle's content is unknown. */
const HIDING_EVENTS = new Set<ArchiveEventType>([
  'unreadable', 'entry-unreadable', 'unsupported-method', 'encrypted', 'crc-mismatch', 'size-mismatch',
  'stored-size-mismatch', 'corrupt-data', 'limit', 'overlap',
]);

const INSTALLER_KINDS = new Set(['offline-bundle', 'vib', 'installer']);
const DOCUMENT_KINDS = new Set(['document', 'eula', 'license-notice']);

function bundleLayout(files: readonly BundleFile[]): BundleLayout {
  const top = files.filter((file) => file.depth === 0);
  const first = top[0]?.name.split('/')[0];
  const rootFolder = first && top.every((file) => file.name.startsWith(`${first}/`)) ? `${first}/` : undefined;
  const holdsDocuments = (archive: BundleFile) => files.some((file) => DOCUMENT_KINDS.has(file.kind) && isInside(file, archive));
  return {
    rootFolder,
    installers: top.filter((file) => INSTALLER_KINDS.has(file.kind)),
    documentArchives: top.filter((file) => file.kind === 'archive' && file.format === 'zip' && holdsDocuments(file)),
  };
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
