import { checkTopic, defineRule, type Topic } from '../kit/index.js';

const topic: Topic = {
  role: 'install-guide',
  headings: ['encryption', 'data encryption', 'security', 'data security', 'cryptography', 'tls', 'ssl', 'certificates', 'secure communication'],
  words: ['encrypt', 'encrypted', 'encryption', 'decrypt', 'tls', 'ssl', 'https', 'cipher', 'aes', 'rsa', 'certificate', 'cryptographic', 'crypto', 'fips', 'plaintext', 'kms', 'ssh', 'sftp'],
  cues: [/\b(?:encrypt(?:s|ed|ion)?|TLS|SSL|AES|cipher)\b|\b(?:uses?|over|via) HTTPS\b/i],
};

export default defineRule({
  meta: {
    id: 'install-guide/encryption',
    severity: 'error',
    summary: 'The installation guide does not say what encryption is used, or that none is',
    messages: {
      missing: '{{document}} does not say what encryption is used; closest: {{closest}}; add a section such as "Encryption" or "Security" on it, even to say that none is used',
      unreadable: '{{document}} could not be read, so whether it covers encryption was not checked; see docs/unreadable',
    },
    topic,
  },
  check: (bundle, context) => checkTopic(bundle, context, topic),
});
