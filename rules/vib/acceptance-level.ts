import { defineRule, displayName, parsedDescriptor } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'vib/acceptance-level',
    severity: 'warning',
    summary: 'A VIB acceptance level is not the one the program expects',
    messages: {
      level: '{{vib}} has acceptance level "{{level}}", but the program expects {{expected}}; build the VIB at that level',
    },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        expected: {
          description: 'Acceptance levels the program accepts for certified VIBs.',
          type: 'array',
          items: { enum: ['certified', 'accepted', 'partner', 'community'] },
          minItems: 1,
          default: ['accepted'],
        },
      },
    },
  },
  check(bundle, context) {
    const { expected } = context.options;
    for (const vib of bundle.vibs) {
      const level = parsedDescriptor(vib)?.fields['acceptance-level'];
      if (!level || expected.some((name) => name === level.text.toLowerCase())) continue;
      context.report({
        messageId: 'level',
        location: { path: vib.descriptorFile!.path, line: level.line },
        data: { vib: displayName(bundle, vib.file.path), level: level.text, expected: expected.map((name) => `"${name}"`).join(' or ') },
      });
    }
  },
});
