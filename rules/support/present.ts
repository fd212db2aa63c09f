import { checkPresent, defineRule } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'support/present',
    severity: 'error',
    summary: 'No support-process document is found',
    messages: {
      missing: 'the bundle holds no document explaining how to engage support; ship a support process document (logs to collect, information to gather, contact, entitlement) in the documentation zip',
    },
  },
  check: (bundle, context) => checkPresent(bundle, context, 'support'),
});
