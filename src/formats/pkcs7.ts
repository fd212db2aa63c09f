import { childrenOf, contentOf, DerError, encodingOf, isContext, isUniversal, oidOf, readTlv, UNIVERSAL, type Tlv } from './der.js';

/** One signer of a SignedData: who it says it is, and the subject of its certificate when the signature carries it. */
export interface Pkcs7Signer {
  /** The signer's certificate subject, RFC 4514 style (`CN=…, O=…, C=…`); undefined when no certificate of the signature is the signer's. */
  readonly subject: string | undefined;
  /** How the signer identifies its certificate: `issuer <name>, serial <hex>`, or `subject key identifier <hex>`. */
  readonly reference: string;
}

/** A PKCS#7 / CMS SignedData, as far as it is read: its structure, not its cryptography. */
export interface Pkcs7Signature {
  readonly encoding: 'DER' | 'PEM';
  readonly certificates: number;
  readonly signers: readonly Pkcs7Signer[];
}

export type Pkcs7Parse = { readonly signature: Pkcs7Signature } | { readonly error: string };

/** Well-formed ASN.1 that is not the structure a signature has. */
class StructureError extends DerError {}

const SIGNED_DATA = '1.2.840.113549.1.7.2';
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '1.2.840.113549.1.7.1': 'data',
  '1.2.840.113549.1.7.3': 'enveloped data',
  '1.2.840.113549.1.7.5': 'digested data',
  '1.2.840.113549.1.7.6': 'encrypted data',
};
/** Attribute types of distinguished names, by their usual short names. */
const NAME_ATTRIBUTES: Readonly<Record<string, string>> = {
  '2.5.4.3': 'CN', '2.5.4.5': 'serialNumber', '2.5.4.6': 'C', '2.5.4.7': 'L', '2.5.4.8': 'ST', '2.5.4.9': 'STREET',
  '2.5.4.10': 'O', '2.5.4.11': 'OU', '2.5.4.12': 'title', '0.9.2342.19200300.100.1.25': 'DC', '1.2.840.113549.1.9.1': 'emailAddress',
};
const PEM = /^-----BEGIN (PKCS7|PKCS #7 SIGNED DATA|CMS)-----\r?\n([\s\S]*?)-----END \1-----\s*$/;
/** Names are shown in messages: a bounded length, no control characters. */
const MAX_NAME_CHARACTERS = 200;

/**
 * Reads a PKCS#7 / CMS signature (`sig.pkcs7`), DER or PEM: a ContentInfo holding SignedData,
 * its certificates and its signers, each with the subject of its certificate. The signature's
 * cryptography is not verified: that needs the signed content and a trust store.
 */
export function parsePkcs7(bytes: Uint8Array): Pkcs7Parse {
  if (bytes.length === 0) return { error: 'it is empty' };
  const text = Buffer.from(bytes.subarray(0, 64)).toString('latin1');
  const pem = text.trimStart().startsWith('-----BEGIN') ? PEM.exec(Buffer.from(bytes).toString('latin1').trim()) : undefined;
  if (pem === null) return { error: 'it opens like PEM but is not a PKCS7 or CMS block' };
  const der = pem ? Buffer.from(pem[2]!.replace(/\s+/g, ''), 'base64') : bytes;
  try {
    return { signature: { encoding: pem ? 'PEM' : 'DER', ...signedData(der) } };
  } catch (error) {
    if (error instanceof StructureError) return { error: error.message };
    if (error instanceof DerError) return { error: `it is not a well-formed ASN.1 encoding: ${error.message}` };
    throw error;
  }
}

/** ContentInfo ::= SEQUENCE { contentType, [0] EXPLICIT content }; SignedData ::= SEQUENCE { version, digestAlgorithms, encapContentInfo, [0] certificates, [1] crls, signerInfos }. */
function signedData(der: Uint8Array): Omit<Pkcs7Signature, 'encoding'> {
  const contentInfo = readTlv(der, 0);
  if (!isUniversal(contentInfo, UNIVERSAL.sequence)) throw new StructureError('it does not open with an ASN.1 SEQUENCE, as a PKCS#7 ContentInfo does');
  if (contentInfo.end !== der.length) throw new StructureError(`${der.length - contentInfo.end} bytes follow the end of its ContentInfo`);
  // The content type first: random bytes under a SEQUENCE header fail here, with the plainest reason.
  const type = contentInfo.contentEnd > contentInfo.contentStart ? readTlv(der, contentInfo.contentStart, contentInfo.contentEnd) : undefined;
  if (!isUniversal(type, UNIVERSAL.oid)) throw new StructureError('its ContentInfo does not start with a content type (an object identifier)');
  const oid = oidOf(type);
  if (oid !== SIGNED_DATA) throw new StructureError(`it is PKCS#7 ${CONTENT_TYPES[oid] ?? `content of type ${oid}`}, not SignedData`);
  const [, explicit] = childrenOf(contentInfo);
  if (!isContext(explicit, 0)) throw new StructureError('its ContentInfo holds no content');
  const [body] = childrenOf(explicit);
  if (!isUniversal(body, UNIVERSAL.sequence)) throw new StructureError('its SignedData is not a SEQUENCE');
  const fields = childrenOf(body);
  const certificateSet = fields.find((field) => isContext(field, 0));
  const signerInfos = fields.at(-1);
  if (fields.length < 4 || !isUniversal(signerInfos, UNIVERSAL.set)) throw new StructureError('its SignedData lacks the set of signer infos');
  const certificates = certificateSet ? childrenOf(certificateSet).filter((choice) => isUniversal(choice, UNIVERSAL.sequence)).map(certificate) : [];
  return { certificates: certificates.length, signers: childrenOf(signerInfos).map((info) => signer(info, certificates)) };
}

interface Certificate {
  readonly issuer: Uint8Array;
  readonly serial: Uint8Array;
  readonly subject: Tlv;
  readonly keyIdentifier: Uint8Array | undefined;
}

/** TBSCertificate ::= SEQUENCE { [0] version, serialNumber, signature, issuer, validity, subject, subjectPublicKeyInfo, …, [3] extensions }. */
function certificate(encoded: Tlv): Certificate {
  const [tbs] = childrenOf(encoded);
  if (!isUniversal(tbs, UNIVERSAL.sequence)) throw new StructureError('a certificate has no TBSCertificate');
  const fields = childrenOf(tbs);
  const rest = isContext(fields[0], 0) ? fields.slice(1) : fields;
  const [serial, , issuer, , subject] = rest;
  if (!isUniversal(serial, UNIVERSAL.integer) || !isUniversal(issuer, UNIVERSAL.sequence) || !isUniversal(subject, UNIVERSAL.sequence)) {
    throw new StructureError('a certificate lacks its serial number, issuer or subject');
  }
  return { issuer: encodingOf(issuer), serial: contentOf(serial), subject, keyIdentifier: subjectKeyIdentifier(rest.find((field) => isContext(field, 3))) };
}

const SUBJECT_KEY_IDENTIFIER = '2.5.29.14';

/** Extensions ::= SEQUENCE OF SEQUENCE { extnID, critical?, extnValue OCTET STRING (holding the key identifier's OCTET STRING) }. */
function subjectKeyIdentifier(extensions: Tlv | undefined): Uint8Array | undefined {
  const [list] = extensions ? childrenOf(extensions) : [];
  for (const extension of list ? childrenOf(list) : []) {
    const parts = childrenOf(extension);
    if (!isUniversal(parts[0], UNIVERSAL.oid) || oidOf(parts[0]) !== SUBJECT_KEY_IDENTIFIER) continue;
    const value = parts.at(-1);
    return value && isUniversal(value, UNIVERSAL.octetString) ? contentOf(readTlv(contentOf(value), 0)) : undefined;
  }
  return undefined;
}

/** SignerInfo ::= SEQUENCE { version, sid (IssuerAndSerialNumber | [0] SubjectKeyIdentifier), … }. */
function signer(info: Tlv, certificates: readonly Certificate[]): Pkcs7Signer {
  if (!isUniversal(info, UNIVERSAL.sequence)) throw new StructureError('a signer info is not a SEQUENCE');
  const [, sid] = childrenOf(info);
  if (isContext(sid, 0)) {
    const identifier = contentOf(sid);
    const match = certificates.find((candidate) => candidate.keyIdentifier && Buffer.from(candidate.keyIdentifier).equals(identifier));
    return { subject: match && formatName(match.subject), reference: `subject key identifier ${hex(identifier)}` };
  }
  if (!isUniversal(sid, UNIVERSAL.sequence)) throw new StructureError('a signer info does not identify its signer');
  const [issuer, serial] = childrenOf(sid);
  if (!isUniversal(issuer, UNIVERSAL.sequence) || !isUniversal(serial, UNIVERSAL.integer)) throw new StructureError('a signer info lacks the issuer or serial number of its certificate');
  const issuerBytes = encodingOf(issuer);
  const serialBytes = contentOf(serial);
  const match = certificates.find((candidate) => Buffer.from(candidate.issuer).equals(issuerBytes) && Buffer.from(candidate.serial).equals(serialBytes));
  return { subject: match && formatName(match.subject), reference: `issuer ${formatName(issuer)}, serial ${hex(serialBytes)}` };
}

/** Name ::= SEQUENCE OF SET OF { type, value }, most specific first as RFC 4514 writes it: `CN=Corvid Build, O=Corvid Systems, C=US`. */
function formatName(name: Tlv): string {
  const parts = childrenOf(name).flatMap((set) =>
    childrenOf(set).map((pair) => {
      const [type, value] = childrenOf(pair);
      if (!isUniversal(type, UNIVERSAL.oid) || !value) throw new StructureError('a distinguished name holds a malformed attribute');
      const oid = oidOf(type);
      return `${NAME_ATTRIBUTES[oid] ?? oid}=${stringOf(value)}`;
    }),
  );
  const text = parts.reverse().join(', ').replace(/[\u0000-\u001f\u007f]/g, '?');
  return text.length > MAX_NAME_CHARACTERS ? `${text.slice(0, MAX_NAME_CHARACTERS)}…` : text;
}

const STRING_TAGS = { utf8: 12, printable: 19, t61: 20, ia5: 22, bmp: 30 } as const;

function stringOf(value: Tlv): string {
  const content = Buffer.from(contentOf(value));
  if (value.tagClass !== 0) return `#${hex(content)}`;
  switch (value.tagNumber) {
    case STRING_TAGS.utf8: return content.toString('utf8');
    case STRING_TAGS.printable:
    case STRING_TAGS.ia5:
    case STRING_TAGS.t61: return content.toString('latin1');
    case STRING_TAGS.bmp: return content.length % 2 === 0 ? Buffer.from(content).swap16().toString('utf16le') : `#${hex(content)}`;
    default: return `#${hex(content)}`;
  }
}

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex');
}
