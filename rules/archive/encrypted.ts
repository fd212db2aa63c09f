import { defineRule, displayName, type EncryptionScheme, eventsOf } from '../kit/index.js';

const SCHEMES: Readonly<Record<EncryptionScheme, string>> = {
  zipcrypto: 'traditional ZipCrypto',
  'winzip-aes': 'WinZip AES',
  'pkware-strong': 'PKWARE strong encryption',
};

export default defineRule({
  meta: {
    id: 'archive/encrypted',
    severity: 'error',
    summary: 'An entry is encrypted, so reviewers cannot read or verify it',
    messages: {
      encrypted: '{{name}} is encrypted with {{scheme}}, so reviewers cannot read or verify it; ship it without a password',
    },
  },
  check(bundle, context) {
    for (const event of eventsOf(bundle, 'encrypted')) {
      const data = { name: displayName(bundle, event.path), scheme: SCHEMES[event.scheme] };
      context.report({ messageId: 'encrypted', location: { path: event.path }, data });
    }
  },
});
