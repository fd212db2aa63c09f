import { defineRule, displayName, insideInstaller, isBlank } from '../kit/index.js';

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
    // An EULA by its name, title or text; the installer presents its own copy, the one delivered for reading is at the top or with the documents.
    const eulas = (await bundle.documents()).filter((document) => document.roles.includes('eula') && !insideInstaller(bundle, document.file));
    if (eulas.length === 0) {
      if (bundle.fullyRead) context.report({ messageId: 'missing', location: { path: bundle.layout.rootFolder ?? '' } });
      return;
    }
    if (eulas.every(isBlank)) {
      for (const { file } of eulas) context.report({ messageId: 'empty', location: { path: file.path }, data: { name: displayName(bundle, file.path) } });
    }
  },
});
