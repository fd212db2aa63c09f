import { checkPresent, defineRule } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'install-guide/present',
    severity: 'error',
    summary: 'No installation guide is found',
    messages: {
      missing: 'the bundle holds no installation guide; ship the Installation and Configuration Guide in the documentation zip, named or titled for what it is',
    },
  },
  check: (bundle, context) => checkPresent(bundle, context, 'install-guide'),
});
