import { defineRule, displayName, insideInstaller } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'licenses/open-source',
    severity: 'warning',
    summary: 'No open-source or third-party license notices are delivered',
    messages: {
      missing:
        'the bundle holds no open-source or third-party license notices (no document is named or titled as notices, nor lists third-party copyrights and licences); ship them in the documentation zip (open_source_licenses.txt, THIRD-PARTY-NOTICES…), or state that no third-party code is included',
      insideInstaller: 'the open-source notices are delivered only inside the installer, as {{name}}; they count, but ship a copy in the documentation zip so that reviewers and customers can read them without unpacking the installer',
    },
    informational: ['insideInstaller'],
  },
  async check(bundle, context) {
    const notices = (await bundle.documents()).filter((document) => document.roles.includes('license-notice'));
    if (notices.some((document) => !insideInstaller(bundle, document.file))) return;
    const [inside] = notices;
    if (inside) context.report({ messageId: 'insideInstaller', location: { path: inside.file.path }, data: { name: displayName(bundle, inside.file.path) } });
    else if (bundle.fullyRead) context.report({ messageId: 'missing', location: { path: bundle.layout.rootFolder ?? '' } });
  },
});
