import type { DigestName } from './digests.js';
import { child, descendants, parseXml, type XmlElement } from './xml.js';

/** The member of a VIB holding its PKCS#7 signature. */
export const VIB_SIGNATURE = 'sig.pkcs7';

/** What vibauthor requires of a descriptor, and what the rules read. */
export const REQUIRED_DESCRIPTOR_FIELDS = ['name', 'version', 'vendor', 'summary', 'acceptance-level', 'payloads'] as const;
const TEXT_FIELDS = ['name', 'version', 'vendor', 'summary', 'acceptance-level', 'release-date'] as const;
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
  /** Required fields that are absent or empty, in REQUIRED_DESCRIPTOR_FIELDS order. */
  readonly missing: readonly string[];
}

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
  return { descriptor: { fields, payloads, missing } };
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
  readonly summary: Located | undefined;
  readonly releaseDate: Located | undefined;
  readonly vibIds: readonly Located[];
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
      summary: located('summary'),
      releaseDate: located('releaseDate'),
      vibIds: descendants(bulletin, 'vibID').map((element) => ({ text: element.text, line: element.line })),
      line: bulletin.line,
    };
  });
}
