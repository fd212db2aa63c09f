/**
 * A reader of ASN.1 BER/DER encodings, enough to walk a PKCS#7 signature: tag, length and
 * where each value lies, nothing decoded eagerly. Bounds are checked against the bytes there
 * are; indefinite lengths (BER, as streaming signers write them) are followed to a fixed depth.
 */

export class DerError extends Error {}

/** One encoded value: its tag and where its content lies in `bytes`. */
export interface Tlv {
  readonly bytes: Uint8Array;
  /** Tag class: 0 universal, 1 application, 2 context-specific, 3 private. */
  readonly tagClass: number;
  readonly tagNumber: number;
  readonly constructed: boolean;
  readonly start: number;
  readonly contentStart: number;
  /** End of the content (before an indefinite length's end-of-contents octets). */
  readonly contentEnd: number;
  /** End of the whole encoding. */
  readonly end: number;
}

export const UNIVERSAL = { integer: 2, octetString: 4, oid: 6, sequence: 16, set: 17 } as const;

/** Indefinite lengths nest; beyond this depth an encoding is refused rather than followed. */
const MAX_INDEFINITE_DEPTH = 32;

/** The value encoded at `at`, which must end by `limit`. */
export function readTlv(bytes: Uint8Array, at: number, limit = bytes.length, depth = 0): Tlv {
  let offset = at;
  const next = () => {
    if (offset >= limit) throw new DerError(`it ends in the middle of a value (at byte ${offset})`);
    return bytes[offset++]!;
  };
  const first = next();
  const tagClass = first >> 6;
  const constructed = (first & 0x20) !== 0;
  let tagNumber = first & 0x1f;
  if (tagNumber === 0x1f) {
    tagNumber = 0;
    for (let byte = next(), count = 0; ; byte = next(), count += 1) {
      if (count >= 4) throw new DerError(`a tag number is too long (at byte ${at})`);
      tagNumber = tagNumber * 128 + (byte & 0x7f);
      if ((byte & 0x80) === 0) break;
    }
  }
  const lengthByte = next();
  if (lengthByte === 0x80) {
    if (!constructed) throw new DerError(`a primitive value has an indefinite length (at byte ${at})`);
    if (depth >= MAX_INDEFINITE_DEPTH) throw new DerError(`indefinite lengths nest deeper than ${MAX_INDEFINITE_DEPTH}`);
    const start = offset;
    let cursor = start;
    // Children until the end-of-contents octets (00 00).
    for (;;) {
      if (cursor + 2 > limit) throw new DerError(`a value of indefinite length has no end (at byte ${at})`);
      if (bytes[cursor] === 0 && bytes[cursor + 1] === 0) break;
      cursor = readTlv(bytes, cursor, limit, depth + 1).end;
    }
    return { bytes, tagClass, tagNumber, constructed, start: at, contentStart: start, contentEnd: cursor, end: cursor + 2 };
  }
  let length = lengthByte;
  if (lengthByte > 0x80) {
    const count = lengthByte & 0x7f;
    if (count > 4) throw new DerError(`a length takes ${count} bytes (at byte ${at})`);
    length = 0;
    for (let index = 0; index < count; index += 1) length = length * 256 + next();
  }
  const start = offset;
  if (start + length > limit) throw new DerError(`a value of ${length} bytes runs past the end of its container (at byte ${at})`);
  return { bytes, tagClass, tagNumber, constructed, start: at, contentStart: start, contentEnd: start + length, end: start + length };
}

/** The values a constructed value holds, in order. */
export function childrenOf(tlv: Tlv): Tlv[] {
  if (!tlv.constructed) throw new DerError(`a primitive value was read as a constructed one (at byte ${tlv.start})`);
  const children: Tlv[] = [];
  for (let at = tlv.contentStart; at < tlv.contentEnd; ) {
    const child = readTlv(tlv.bytes, at, tlv.contentEnd);
    children.push(child);
    at = child.end;
  }
  return children;
}

/** Whether a value has the given universal tag, or context-specific tag `[n]`. */
export function isUniversal(tlv: Tlv | undefined, tagNumber: number): tlv is Tlv {
  return tlv !== undefined && tlv.tagClass === 0 && tlv.tagNumber === tagNumber;
}

export function isContext(tlv: Tlv | undefined, tagNumber: number): tlv is Tlv {
  return tlv !== undefined && tlv.tagClass === 2 && tlv.tagNumber === tagNumber;
}

/** The content octets of a value. */
export function contentOf(tlv: Tlv): Uint8Array {
  return tlv.bytes.subarray(tlv.contentStart, tlv.contentEnd);
}

/** The whole encoding of a value: what two values are compared by. */
export function encodingOf(tlv: Tlv): Uint8Array {
  return tlv.bytes.subarray(tlv.start, tlv.end);
}

/** An OBJECT IDENTIFIER in dotted form. */
export function oidOf(tlv: Tlv): string {
  const content = contentOf(tlv);
  if (content.length === 0) throw new DerError(`an object identifier is empty (at byte ${tlv.start})`);
  const arcs: number[] = [];
  let value = 0;
  for (const byte of content) {
    value = value * 128 + (byte & 0x7f);
    if (byte & 0x80) continue;
    arcs.push(value);
    value = 0;
  }
  const first = arcs.shift() ?? 0;
  const head = first < 40 ? [0, first] : first < 80 ? [1, first - 40] : [2, first - 80];
  return [...head, ...arcs].join('.');
}
