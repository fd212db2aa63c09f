import { defineRule } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'licenses/open-source',
    severity: 'warning',
    summary: 'No open-source or third-party license notices are delivered',
    messages: {
      missing: 'the bundle holds no open-source or third-party license notices; ship them in the documentation zip (open_source_licenses.txt, THIRD-PARTY-NOTICES…), or state that no third-party code is included',
    },
  },
  check(bundle, context) {
    if (bundle.files.some((file) => file.kind === 'license-notice') || !bundle.fullyRead) return;
    context.report({ messageId: 'missing', location: { path: bundle.layout.rootFolder ?? '' } });
  },
});
