import { checkPresent, defineRule } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'release-notes/present',
    severity: 'error',
    summary: 'No release notes document is found',
    messages: {
      missing: 'the bundle holds no release notes; ship them in the documentation zip, named for what they are (Release_Notes_3.2.1.pdf) or titled "Release Notes"',
    },
  },
  check: (bundle, context) => checkPresent(bundle, context, 'release-notes'),
});
