import { checkTopic, defineRule } from '../kit/index.js';

const topic = {
  headings: ['encryption', 'data encryption', 'security', 'data security', 'cryptography', 'tls', 'ssl', 'certificates', 'secure communication'],
  cues: [/\b(?:encrypt(?:s|ed|ion)?|TLS|SSL|AES|cipher)\b/i],
};

export default defineRule({
  meta: {
    id: 'install-guide/encryption',
    severity: 'error',
    summary: 'The installation guide does not say what encryption is used, or that none is',
    messages: {
      missing: '{{document}} does not say what encryption is used: no section such as "Encryption" or "Security", and no paragraph on it; add one, even to say that none is used',
      unreadable: '{{document}} could not be read, so whether it covers encryption was not checked; see docs/unreadable',
    },
    topic,
  },
  check: (bundle, context) => checkTopic(bundle, context, 'install-guide', topic),
});
