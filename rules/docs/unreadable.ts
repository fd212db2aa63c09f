import { defineRule, displayName } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'docs/unreadable',
    severity: 'error',
    summary: 'A document cannot be parsed: corrupt, encrypted, password-protected or an unsupported format',
    messages: {
      unreadable: '{{name}} ({{format}}) could not be read: {{reason}}; deliver it unprotected and intact, in PDF, DOCX, DOC, ODT, RTF, HTML, Markdown or text',
    },
  },
  async check(bundle, context) {
    for (const document of await bundle.documents()) {
      // Bytes the archive could not give back are the archive rules' findings.
      if (document.problem?.stage !== 'document') continue;
      context.report({ messageId: 'unreadable', location: { path: document.file.path }, data: { name: displayName(bundle, document.file.path), format: document.format.toUpperCase(), reason: document.problem.reason } });
    }
  },
});
