import { checksumDigest, defineRule, displayName, parsedDescriptor } from '../kit/index.js';

/** Members every VIB has besides its payloads. */
const VIB_METADATA = new Set(['descriptor.xml', 'sig.pkcs7']);

export default defineRule({
  meta: {
    id: 'vib/payload-checksums',
    severity: 'error',
    summary: "A payload's size or checksum in the VIB descriptor does not match the payload, or the VIB holds a member it does not declare",
    messages: {
      missing: 'the descriptor of {{vib}} lists payload {{payload}}, which the VIB does not hold; rebuild the VIB with vibauthor',
      size: 'payload {{payload}} of {{vib}} is {{actual}} bytes, its descriptor says {{declared}}; rebuild the VIB with vibauthor',
      checksum: 'the {{algorithm}} of payload {{payload}} of {{vib}} is {{actual}}, its descriptor says {{declared}}; rebuild the VIB with vibauthor',
      undeclared: '{{vib}} holds {{member}}, which its descriptor does not declare as a payload, so ESXi would not install it and nothing checks it; rebuild the VIB with vibauthor',
    },
  },
  check(bundle, context) {
    for (const vib of bundle.vibs) {
      const descriptor = parsedDescriptor(vib);
      if (!descriptor) continue;
      const name = displayName(bundle, vib.file.path);
      const path = vib.descriptorFile!.path;
      for (const payload of descriptor.payloads) {
        const member = vib.members.find((candidate) => candidate.name === payload.name);
        if (!member) {
          context.report({ messageId: 'missing', location: { path, line: payload.line }, data: { vib: name, payload: payload.name } });
          continue;
        }
        if (!member.digests) continue; // unreadable: archive/* says why
        if (payload.size !== undefined && payload.size !== member.size) {
          context.report({ messageId: 'size', location: { path, line: payload.line }, data: { vib: name, payload: payload.name, actual: member.size, declared: payload.size } });
        }
        for (const checksum of payload.checksums) {
          const algorithm = checksumDigest(checksum.type);
          const gunzip = checksum.verifyProcess === 'gunzip';
          // "gunzip" digests are of the decompressed payload; a payload that is not gzip has none.
          const actual = algorithm && (gunzip ? member.gunzipped?.digests[algorithm] : member.digests[algorithm]);
          if (actual === undefined || actual === checksum.value) continue;
          const label = `${checksum.type.toUpperCase()}${gunzip ? ' (after gunzip)' : ''}`;
          context.report({ messageId: 'checksum', location: { path, line: checksum.line }, data: { vib: name, payload: payload.name, algorithm: label, actual, declared: checksum.value } });
        }
      }
      for (const member of vib.members) {
        if (VIB_METADATA.has(member.name) || descriptor.payloads.some((payload) => payload.name === member.name)) continue;
        context.report({ messageId: 'undeclared', location: { path: member.path }, data: { vib: name, member: member.name } });
      }
    }
  },
});
