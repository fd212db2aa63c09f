import { type BundleDocument, defineRule, displayName, isInside } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'eula/present',
    severity: 'error',
    summary: 'No End User License Agreement is delivered, or it is empty',
    messages: {
      missing: 'the bundle holds no End User License Agreement, neither at the top nor in the documentation zip (no document is named or titled as one, nor reads as one: a grant of licence, its acceptance, a warranty disclaimer); ship the EULA the installer presents',
      empty: '{{name}} is empty; ship the full text of the End User License Agreement',
    },
  },
  async check(bundle, context) {
    const { installers, rootFolder } = bundle.layout;
    // An EULA by its name, title or text; the installer presents its own copy, the one delivered for reading is at the top or with the documents.
    const eulas = (await bundle.documents()).filter((document) => document.roles.includes('eula') && !installers.some((installer) => isInside(document.file, installer)));
    if (eulas.length === 0) {
      if (bundle.fullyRead) context.report({ messageId: 'missing', location: { path: rootFolder ?? '' } });
      return;
    }
    // Empty: no bytes, or a document whose text is blank (a PDF of blank pages, a DOCX of empty paragraphs).
    const blank = (document: BundleDocument) => document.file.size === 0 || document.content?.text.trim() === '';
    if (eulas.every(blank)) {
      for (const { file } of eulas) context.report({ messageId: 'empty', location: { path: file.path }, data: { name: displayName(bundle, file.path) } });
    }
  },
});
