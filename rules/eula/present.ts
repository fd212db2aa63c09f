import { type BundleFile, defineRule, displayName, isInside } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'eula/present',
    severity: 'error',
    summary: 'No End User License Agreement is delivered, or it is empty',
    messages: {
      missing: 'the bundle holds no End User License Agreement, neither at the top nor in the documentation zip; ship the EULA the installer presents (named EULA, or "End User License Agreement")',
      empty: '{{name}} is empty; ship the full text of the End User License Agreement',
    },
  },
  async check(bundle, context) {
    const { installers, rootFolder } = bundle.layout;
    // The installer presents its own copy; the one delivered for reading is at the top or with the documents.
    const eulas = bundle.files.filter((file) => file.kind === 'eula' && !installers.some((installer) => isInside(file, installer)));
    if (eulas.length === 0) {
      if (bundle.fullyRead) context.report({ messageId: 'missing', location: { path: rootFolder ?? '' } });
      return;
    }
    // Empty: no bytes, or a document whose text is blank (a PDF of blank pages, a DOCX of empty paragraphs).
    const documents = await bundle.documents();
    const blank = (file: BundleFile) => file.size === 0 || documents.some((document) => document.file === file && document.content?.text.trim() === '');
    if (eulas.every(blank)) {
      for (const file of eulas) context.report({ messageId: 'empty', location: { path: file.path }, data: { name: displayName(bundle, file.path) } });
    }
  },
});
