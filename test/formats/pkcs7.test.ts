import { describe, expect, it } from 'vitest';
import { detachedSignature, VMWARE_SIGNER } from '../../fixtures/signature.js';
import { parsePkcs7 } from '../../src/formats/pkcs7.js';

const CONTENT = Buffer.from('<vib version="5.0"/>');
const der = detachedSignature(CONTENT, VMWARE_SIGNER, { encoding: 'der', signerId: 'issuer-serial' });
const SUBJECT = 'CN=VMware Partner Software Signing, O=VMware, Inc., C=US';
const REFERENCE = 'issuer CN=VMware Partner Signing CA, O=VMware, Inc., C=US, serial 5a17c3';

/** The same value with its outer length made indefinite (BER), as streaming signers write it. */
function indefinite(encoded: Buffer): Buffer {
  const lengthBytes = encoded[1]! & 0x80 ? (encoded[1]! & 0x7f) + 1 : 1;
  return Buffer.concat([encoded.subarray(0, 1), Buffer.from([0x80]), encoded.subarray(1 + lengthBytes), Buffer.alloc(2)]);
}

describe('parsePkcs7', () => {
  it('reads the signer of a DER SignedData and of the same in PEM with CRLF line ends', () => {
    const expected = { certificates: 2, signers: [{ subject: SUBJECT, reference: REFERENCE }] };
    expect(parsePkcs7(der)).toEqual({ signature: { encoding: 'DER', ...expected } });
    const pem = detachedSignature(CONTENT, VMWARE_SIGNER, { encoding: 'pem', signerId: 'issuer-serial' }).toString().replace(/\n/g, '\r\n');
    expect(parsePkcs7(Buffer.from(pem))).toEqual({ signature: { encoding: 'PEM', ...expected } });
  });

  it('follows BER indefinite lengths', () => {
    expect(parsePkcs7(indefinite(der))).toEqual({ signature: { encoding: 'DER', certificates: 2, signers: [{ subject: SUBJECT, reference: REFERENCE }] } });
  });

  it('says what is wrong with what is not a signature', () => {
    expect(parsePkcs7(Buffer.alloc(0))).toEqual({ error: 'it is empty' });
    expect(parsePkcs7(Buffer.concat([der, Buffer.from('\n')]))).toEqual({ error: '1 bytes follow the end of its ContentInfo' });
    // ContentInfo { id-envelopedData, [0] {} }
    expect(parsePkcs7(Buffer.from('300f06092a864886f70d010703a0023000', 'hex'))).toEqual({ error: 'it is PKCS#7 enveloped data, not SignedData' });
    expect(parsePkcs7(Buffer.from('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n'))).toEqual({ error: 'it opens like PEM but is not a PKCS7 or CMS block' });
    expect(parsePkcs7(der.subarray(0, 500))).toEqual({ error: `it is not a well-formed ASN.1 encoding: a value of ${der.length - 4} bytes runs past the end of its container (at byte 0)` });
  });

  it('refuses indefinite lengths nested deeper than it follows, at once', () => {
    const deep = Buffer.concat([Buffer.from('3080'.repeat(100_000), 'hex'), Buffer.alloc(200_000)]);
    expect(parsePkcs7(deep)).toEqual({ error: 'it is not a well-formed ASN.1 encoding: indefinite lengths nest deeper than 32' });
  });
});
