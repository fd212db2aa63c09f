import { checkTopic, defineRule, type Topic } from '../kit/index.js';

const topic: Topic = {
  role: 'install-guide',
  headings: ['encryption', 'data encryption', 'security', 'data security', 'cryptography', 'tls', 'ssl', 'certificates', 'secure communication'],
  words: ['encrypt', 'encrypted', 'encryption', 'decrypt', 'tls', 'ssl', 'https', 'cipher', 'aes', 'rsa', 'certificate', 'cryptographic', 'crypto', 'fips', 'plaintext', 'kms', 'ssh', 'sftp'],
  // Statements of what is encrypted and how, not passing mentions ("if encryption is enabled", "(including encryption)", "Encrypted devices"):
  // a protocol used, data (not) encrypted, encryption's keys or algorithm, the certificates that secure a connection.
  cues: [
    // The protocol the product uses ("uses HTTPS", "can be managed via an HTTPS connection", "over the TLS protocol"); not one
    // it does not use nor one not supported ("does not work with an HTTPS connection", "over the TLS protocol is not supported").
    /(?<!(?:\bnot|n't|\bnever)(?: \w*)? )\b(?:uses?|using|over|via|with|through|requires?|supports?|enforces?) (?:an |the )?(?:HTTPS|TLS|SSL|AES|mTLS|LUKS2?|dm-crypt)\b(?!(?: connections?| protocol)? (?:is|are) not\b)|\b(?:TLS|SSL) ?v?\d\.\d\b|\bAES-?\d\d\d\b/i,
    /\b(?:does not|doesn't|do not|don't|never|cannot) encrypt\b|\b(?:is|are) (?:not|never|always) encrypted\b|\b(?:stored|sent|kept) encrypted\b|\bencrypt(?:s|ed)? (?:with|using|by|at rest|in transit|all|every|each|its|the data|the traffic|the volumes?|the connections?|the passwords?|the credentials)\b|\bencryption (?:keys?|at rest|in transit|algorithms?|of the data|of data|of (?:the )?volumes?|of (?:the )?traffic|of (?:the )?backups?)\b|\bno encryption\b/i,
    /\b(?:CA|TLS|SSL|server|client|x509|x\.509|self-signed|root) certificates?\b|\bcertificates? (?:thumbprint|fingerprint|chain|verification|validation|authority)\b|\bcertificate in PEM\b/i,
  ],
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
