import { defineRule, displayName } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'vib/descriptor',
    severity: 'error',
    summary: "A VIB's descriptor.xml is missing, not well-formed, or lacks required fields",
    messages: {
      missing: '{{vib}} has no descriptor.xml member; rebuild the VIB with vibauthor',
      malformed: 'the descriptor of {{vib}} is not well-formed XML at line {{line}} ({{reason}}); rebuild the VIB with vibauthor',
      fields: 'the descriptor of {{vib}} lacks {{fields}}; give every required element a value and rebuild the VIB',
    },
  },
  check(bundle, context) {
    for (const vib of bundle.vibs) {
      const name = displayName(bundle, vib.file.path);
      const { descriptor, descriptorFile } = vib;
      if (!descriptor || !descriptorFile) {
        context.report({ messageId: 'missing', location: { path: vib.file.path }, data: { vib: name } });
      } else if ('error' in descriptor) {
        context.report({ messageId: 'malformed', location: { path: descriptorFile.path, line: descriptor.line }, data: { vib: name, line: descriptor.line, reason: descriptor.error } });
      } else if (descriptor.descriptor.missing.length > 0) {
        const fields = descriptor.descriptor.missing.map((field) => `<${field}>`).join(', ');
        context.report({ messageId: 'fields', location: { path: descriptorFile.path }, data: { vib: name, fields } });
      }
    }
  },
});
