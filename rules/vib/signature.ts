import { defineRule, displayName, parsedDescriptor } from '../kit/index.js';

/** Acceptance levels whose VIBs esxcli installs only when signed; `community` VIBs are unsigned. */
const SIGNED_LEVELS = new Set(['certified', 'accepted', 'partner']);

export default defineRule({
  meta: {
    id: 'vib/signature',
    severity: 'error',
    summary: 'A VIB whose acceptance level needs a signature has no parseable PKCS#7 signature',
    messages: {
      missing: '{{vib}} has acceptance level "{{level}}" but no sig.pkcs7 member; ship the VIB as signed by VMware at the end of certification, not the unsigned build',
      empty: 'sig.pkcs7 of {{vib}} is empty, but its acceptance level "{{level}}" needs a signature; ship the VIB as signed by VMware at the end of certification, not the unsigned build',
      unparseable: 'sig.pkcs7 of {{vib}} is not a PKCS#7 signature: {{reason}}; ship the VIB exactly as it came back from signing',
      'no-signer': 'sig.pkcs7 of {{vib}} is a PKCS#7 SignedData with no signer; ship the VIB exactly as it came back from signing',
      'no-certificate': "sig.pkcs7 of {{vib}} is signed by {{signer}} but does not carry that signer's certificate, so ESXi cannot check it; ship the VIB exactly as it came back from signing",
    },
  },
  check(bundle, context) {
    for (const vib of bundle.vibs) {
      // No descriptor or no level: vib/descriptor says so; whether a signature is needed is unknown.
      const level = parsedDescriptor(vib)?.fields['acceptance-level'];
      if (!level || !SIGNED_LEVELS.has(level.text.toLowerCase())) continue;
      const name = displayName(bundle, vib.file.path);
      const data = { vib: name, level: level.text };
      if (!vib.signatureFile) {
        // A VIB cut short may have lost the member: archive/* says so.
        if (bundle.fullyRead) context.report({ messageId: 'missing', location: { path: vib.file.path }, data });
        continue;
      }
      const location = { path: vib.signatureFile.path };
      const { signature } = vib;
      if (!signature) continue; // unreadable: archive/* says why
      if ('error' in signature) {
        if (vib.signatureFile.size === 0) context.report({ messageId: 'empty', location, data });
        else context.report({ messageId: 'unparseable', location, data: { vib: name, reason: signature.error } });
        continue;
      }
      const { signers } = signature.signature;
      if (signers.length === 0) context.report({ messageId: 'no-signer', location, data: { vib: name } });
      for (const signer of signers) {
        if (signer.subject === undefined) context.report({ messageId: 'no-certificate', location, data: { vib: name, signer: signer.reference } });
      }
    }
  },
});
