import type { DigestName } from './digests.js';
import { child, descendants, parseXml, type XmlElement } from './xml.js';

/** The member of a VIB holding its PKCS#7 signature. */
export const VIB_SIGNATURE = 'sig.pkcs7';

/** What vibauthor requires of a descriptor, and what the rules read. */
export const REQUIRED_DESCRIPTOR_FIELDS = ['name', 'version', 'vendor', 'summary', 'acceptance-level', 'payloads'] as const;
const TEXT_FIELDS = ['type', 'name', 'version', 'vendor', 'summary', 'acceptance-level', 'release-date'] as const;
export type DescriptorField = (typeof TEXT_FIELDS)[number];

export interface Located {
  readonly text: string;
  readonly line: number;
}

export interface PayloadChecksum {
  /** As written: `sha-256`, `sha-1`. */
  readonly type: string;
  /** `gunzip` when the digest is of the decompressed payload. */
  readonly verifyProcess: string | undefined;
  /** Lower case. */
  readonly value: string;
  readonly line: number;
}

export interface VibPayload {
  readonly name: string;
  readonly type: string | undefined;
  /** Bytes of the payload member, when the descriptor gives a number. */
  readonly size: number | undefined;
  readonly checksums: readonly PayloadChecksum[];
  readonly line: number;
}

export interface VibDescriptor {
  readonly fields: Readonly<Partial<Record<DescriptorField, Located>>>;
  readonly payloads: readonly VibPayload[];
  /** The paths its payloads install (`<file-list>`). */
  readonly files: readonly Located[];
  /** Its dependencies on the ESXi version (`<depends><constraint name="esx-version" relation=">=" version="7.0.3"/>`). */
  readonly esxConstraints: readonly EsxConstraint[];
  /** Required fields that are absent or empty, in REQUIRED_DESCRIPTOR_FIELDS order. */
  readonly missing: readonly string[];
}

export interface EsxConstraint {
  /** As written: `>=`, `<<`, `=`… */
  readonly relation: string;
  readonly version: string;
  readonly line: number;
}

/** Constraints naming the ESXi base system, whose versions are the ESXi release's. */
const ESX_PACKAGES = new Set(['esx-version', 'esx-base', 'esxio-base']);

export type DescriptorParse = { readonly descriptor: VibDescriptor } | { readonly error: string; readonly line: number };

const CHECKSUM_DIGESTS: Readonly<Record<string, DigestName>> = { 'sha-256': 'sha256', sha256: 'sha256', 'sha-1': 'sha1', sha1: 'sha1', md5: 'md5' };

/** The digest a descriptor's `checksum-type` names, if it is one the read pass computes. */
export function checksumDigest(type: string): DigestName | undefined {
  return CHECKSUM_DIGESTS[type];
}

/**
 * The digests a payload's checksums call for: over the member as stored, and over its
 * decompressed content (`verify-process="gunzip"`). None for a member the descriptor does not list.
 */
export function payloadDigests(parse: DescriptorParse | undefined, member: string): { stored: DigestName[]; gunzip: DigestName[] } {
  const payload = parse && 'descriptor' in parse ? parse.descriptor.payloads.find((candidate) => candidate.name === member) : undefined;
  const wanted = (gunzip: boolean) => [
    ...new Set((payload?.checksums ?? []).filter((checksum) => (checksum.verifyProcess === 'gunzip') === gunzip).flatMap((checksum) => checksumDigest(checksum.type) ?? [])),
  ];
  return { stored: wanted(false), gunzip: wanted(true) };
}

/** Parses a VIB's descriptor.xml: the fields rules read, payloads with their checksums, what is missing. */
export function parseDescriptor(text: string): DescriptorParse {
  const document = parseXml(text);
  if ('error' in document) return document;
  const { root } = document;
  if (root.name !== 'vib') return { error: `its root element is <${root.name}>, not <vib>`, line: root.line };
  const fields: Partial<Record<DescriptorField, Located>> = {};
  for (const name of TEXT_FIELDS) {
    const element = child(root, name);
    if (element && element.text !== '') fields[name] = { text: element.text, line: element.line };
  }
  const payloads = descendants(child(root, 'payloads') ?? root, 'payload').map(parsePayload);
  const missing = REQUIRED_DESCRIPTOR_FIELDS.filter((name) => (name === 'payloads' ? payloads.length === 0 : fields[name] === undefined));
  const fileList = child(root, 'file-list');
  const files = fileList ? descendants(fileList, 'file').map((file) => ({ text: file.text, line: file.line })) : [];
  const depends = child(child(root, 'relationships') ?? root, 'depends');
  const esxConstraints = (depends ? descendants(depends, 'constraint') : [])
    .filter((constraint) => ESX_PACKAGES.has(constraint.attributes.name ?? '') && constraint.attributes.version)
    .map((constraint) => ({ relation: constraint.attributes.relation ?? '=', version: constraint.attributes.version!, line: constraint.line }));
  return { descriptor: { fields, payloads, files, esxConstraints, missing } };
}

function parsePayload(element: XmlElement): VibPayload {
  const size = element.attributes.size;
  return {
    name: element.attributes.name ?? '',
    type: element.attributes.type,
    size: size !== undefined && /^\d+$/.test(size) ? Number(size) : undefined,
    checksums: descendants(element, 'checksum').map((checksum) => ({
      type: (checksum.attributes['checksum-type'] ?? '').toLowerCase(),
      verifyProcess: checksum.attributes['verify-process'],
      value: checksum.text.toLowerCase(),
      line: checksum.line,
    })),
    line: element.line,
  };
}

export interface ParsedBulletin {
  readonly id: Located | undefined;
  readonly vendor: Located | undefined;
  readonly summary: Located | undefined;
  readonly releaseDate: Located | undefined;
  readonly vibIds: readonly Located[];
  /** ESXi versions it is for (`<softwarePlatform version="7.0.*">`); `*` for any. */
  readonly platforms: readonly Located[];
  readonly line: number;
}

/**
 * The bulletins an XML file of a depot's metadata holds: the file itself when it is one
 * (`bulletins/<id>.xml`), or each `<bulletin>` of a consolidated `vmware.xml`.
 */
export function parseBulletins(text: string): ParsedBulletin[] {
  const document = parseXml(text);
  if ('error' in document) return [];
  const { root } = document;
  const bulletins = root.name === 'bulletin' ? [root] : descendants(root, 'bulletin');
  return bulletins.map((bulletin) => {
    const located = (name: string) => {
      const element = child(bulletin, name);
      return element && element.text !== '' ? { text: element.text, line: element.line } : undefined;
    };
    return {
      id: located('id'),
      vendor: located('vendor'),
      summary: located('summary'),
      releaseDate: located('releaseDate'),
      vibIds: descendants(bulletin, 'vibID').map((element) => ({ text: element.text, line: element.line })),
      platforms: descendants(bulletin, 'softwarePlatform').map((element) => ({ text: element.attributes.version || '*', line: element.line })),
      line: bulletin.line,
    };
  });
}

/** A VIB's id, as depots and bulletins name it: `<vendor>_<type>_<name>_<version>`. */
export function vibId(fields: { readonly vendor?: string; readonly type?: string; readonly name?: string; readonly version?: string }): string | undefined {
  const { vendor, type, name, version } = fields;
  return vendor && type && name && version ? `${vendor}_${type}_${name}_${version}` : undefined;
}

/** A VIB as a depot's metadata lists it (`metadata.zip!/vibs/*.xml`): its id, where the depot holds it, its SHA-256. */
export interface ListedVib {
  readonly id: string | undefined;
  /** Path of the `.vib` in the depot (`<relative-path>`). */
  readonly relativePath: string | undefined;
  /** Of the whole `.vib` file, lower case (`<checksum checksum-type="sha-256">` of the root). */
  readonly sha256: Located | undefined;
  readonly line: number;
}

export type ListedVibParse = { readonly vib: ListedVib } | { readonly error: string; readonly line: number };

/** Parses a VIB's entry in a depot's metadata: a descriptor with the depot's own fields added. */
export function parseListedVib(text: string): ListedVibParse {
  const document = parseXml(text);
  if ('error' in document) return document;
  const { root } = document;
  if (root.name !== 'vib') return { error: `its root element is <${root.name}>, not <vib>`, line: root.line };
  const field = (name: string) => child(root, name)?.text || undefined;
  const checksum = root.children.find((element) => element.name === 'checksum' && /^sha-?256$/i.test(element.attributes['checksum-type'] ?? ''));
  return {
    vib: {
      id: vibId({ vendor: field('vendor'), type: field('type'), name: field('name'), version: field('version') }),
      relativePath: field('relative-path'),
      sha256: checksum && checksum.text !== '' ? { text: checksum.text.toLowerCase(), line: checksum.line } : undefined,
      line: root.line,
    },
  };
}

/** What a depot index names: `index.xml` its vendor indexes, `vendor-index.xml` its metadata zips. */
export type DepotIndexParse = { readonly references: readonly Located[] } | { readonly error: string; readonly line: number };

/**
 * Parses `index.xml` (`<vendorList><vendor><relativePath/><indexfile>…`) or `vendor-index.xml`
 * (`<vendor><metadata><url>…`): the files it names, relative to the depot's top.
 */
export function parseDepotIndex(text: string, kind: 'index' | 'vendor-index'): DepotIndexParse {
  const document = parseXml(text);
  if ('error' in document) return document;
  const { root } = document;
  const expected = kind === 'index' ? 'vendorList' : 'vendor';
  if (root.name !== expected) return { error: `its root element is <${root.name}>, not <${expected}>`, line: root.line };
  if (kind === 'vendor-index') return { references: descendants(root, 'url').map((url) => ({ text: url.text, line: url.line })) };
  return {
    references: descendants(root, 'vendor').flatMap((vendor) => {
      const file = child(vendor, 'indexfile');
      if (!file) return [];
      const folder = child(vendor, 'relativePath')?.text.replace(/\/?$/, '/').replace(/^\/$/, '') ?? '';
      return [{ text: `${folder}${file.text}`, line: file.line }];
    }),
  };
}

/** A vSphere Client plugin package's manifest (`plugin-package.xml`): its root's id, version and name. */
export interface PluginPackage {
  readonly id: Located | undefined;
  readonly version: Located | undefined;
  readonly name: Located | undefined;
  readonly vendor: Located | undefined;
}

export type PluginPackageParse = { readonly plugin: PluginPackage } | { readonly error: string; readonly line: number };

/** Whether an entry of a zip is a plugin package's manifest: at its top, or in its one folder. */
export function isPluginManifestName(name: string): boolean {
  return /^([^/]+\/)?plugin-package\.xml$/i.test(name);
}

/**
 * Parses `plugin-package.xml` (`<pluginPackage id=… version=… name=…>`). Only the root's
 * attributes are the package's: `<dependencies>` nest the vSphere Client's own id and version.
 */
export function parsePluginPackage(text: string): PluginPackageParse {
  const document = parseXml(text);
  if ('error' in document) return document;
  const { root } = document;
  if (root.name !== 'pluginPackage') return { error: `its root element is <${root.name}>, not <pluginPackage>`, line: root.line };
  const attribute = (name: string) => (root.attributes[name] ? { text: root.attributes[name], line: root.line } : undefined);
  return { plugin: { id: attribute('id'), version: attribute('version'), name: attribute('name'), vendor: attribute('vendor') } };
}
