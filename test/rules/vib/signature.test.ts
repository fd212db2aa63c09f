import { VMWARE_SIGNER, type Subject } from '../../../fixtures/signature.js';
import rule from '../../../rules/vib/signature.js';
import { VIB } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';

const VIB_NAME = 'vib20/corvid-nas-plugin/CVD_bootbank_corvid-nas-plugin_3.2.1-1OEM.700.1.0.15843807.vib';
const SIGNATURE = `${VIB}!/sig.pkcs7`;
const PARTNER_SIGNER: Subject = [['CN', 'Corvid Systems Release Signing'], ['OU', 'Storage Engineering'], ['O', 'Corvid Systems'], ['C', 'US']];

testRule(rule, {
  valid: [
    { name: 'accepts an accepted VIB signed by VMware, PEM, signer named by issuer and serial (the default release)' },
    {
      name: 'accepts a partner-level VIB signed by the partner, DER, signer named by subject key identifier',
      changes: { acceptanceLevel: 'partner', signing: { signer: PARTNER_SIGNER, style: { encoding: 'der', signerId: 'key-identifier' } } },
    },
    { name: 'accepts a certified VIB whose DER signature names its signer by issuer and serial', changes: { acceptanceLevel: 'certified', signing: { signer: VMWARE_SIGNER, style: { encoding: 'der', signerId: 'issuer-serial' } } } },
    { name: 'needs no signature of a community VIB: its sig.pkcs7 is empty', changes: { acceptanceLevel: 'community', signing: undefined } },
    { name: 'needs no signature of a community VIB without sig.pkcs7', changes: { acceptanceLevel: 'community', signing: undefined }, defects: ['unsigned-vib'] },
  ],
  invalid: [
    {
      name: 'reports an accepted VIB without sig.pkcs7, at the VIB',
      defects: ['unsigned-vib'],
      findings: [
        {
          messageId: 'missing',
          location: { path: VIB },
          message: `${VIB_NAME} has acceptance level "accepted" but no sig.pkcs7 member; ship the VIB as signed by VMware at the end of certification, not the unsigned build`,
        },
      ],
    },
    {
      name: 'reports a partner-level VIB without sig.pkcs7',
      changes: { acceptanceLevel: 'partner' },
      defects: ['unsigned-vib'],
      findings: [{ messageId: 'missing', location: { path: VIB } }],
    },
    {
      name: 'reports the empty sig.pkcs7 of an unsigned build shipped at level accepted',
      defects: ['empty-signature'],
      findings: [
        {
          messageId: 'empty',
          location: { path: SIGNATURE },
          message: `sig.pkcs7 of ${VIB_NAME} is empty, but its acceptance level "accepted" needs a signature; ship the VIB as signed by VMware at the end of certification, not the unsigned build`,
        },
      ],
    },
    {
      name: 'reports an empty sig.pkcs7 at level certified',
      changes: { acceptanceLevel: 'certified', signing: undefined },
      findings: [{ messageId: 'empty', location: { path: SIGNATURE } }],
    },
    {
      name: 'reports a sig.pkcs7 of random bytes behind a DER header, saying why it does not parse',
      defects: ['garbage-signature'],
      findings: [
        {
          messageId: 'unparseable',
          location: { path: SIGNATURE },
          message: `sig.pkcs7 of ${VIB_NAME} is not a PKCS#7 signature: its ContentInfo does not start with a content type (an object identifier); ship the VIB exactly as it came back from signing`,
        },
      ],
    },
    {
      name: 'reports a PEM signature cut short',
      defects: ['truncated-signature'],
      findings: [
        {
          messageId: 'unparseable',
          location: { path: SIGNATURE },
          message: `sig.pkcs7 of ${VIB_NAME} is not a PKCS#7 signature: it is not a well-formed ASN.1 encoding: a value of 950 bytes runs past the end of its container (at byte 0); ship the VIB exactly as it came back from signing`,
        },
      ],
    },
    {
      name: "reports a signature that does not carry its signer's certificate, naming the signer by issuer and serial",
      changes: { signing: { signer: VMWARE_SIGNER, style: { encoding: 'pem', signerId: 'issuer-serial', withoutCertificates: true } } },
      findings: [
        {
          messageId: 'no-certificate',
          location: { path: SIGNATURE },
          message: `sig.pkcs7 of ${VIB_NAME} is signed by issuer CN=VMware Partner Signing CA, O=VMware, Inc., C=US, serial 5a17c3 but does not carry that signer's certificate, so ESXi cannot check it; ship the VIB exactly as it came back from signing`,
        },
      ],
    },
    {
      name: 'reports a certificates-only SignedData (a .p7b chain shipped as the signature)',
      changes: { signing: { signer: VMWARE_SIGNER, style: { encoding: 'der', signerId: 'issuer-serial', withoutSigners: true } } },
      findings: [
        {
          messageId: 'no-signer',
          location: { path: SIGNATURE },
          message: `sig.pkcs7 of ${VIB_NAME} is a PKCS#7 SignedData with no signer; ship the VIB exactly as it came back from signing`,
        },
      ],
    },
    {
      name: 'names a signer by key identifier when its certificate is missing',
      changes: { acceptanceLevel: 'partner', signing: { signer: PARTNER_SIGNER, style: { encoding: 'der', signerId: 'key-identifier', withoutCertificates: true } } },
      findings: [{ messageId: 'no-certificate', location: { path: SIGNATURE } }],
    },
  ],
});
