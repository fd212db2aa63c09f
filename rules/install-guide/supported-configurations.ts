import { checkTopic, defineRule } from '../kit/index.js';

const topic = {
  headings: ['supported configurations', 'supported configuration', 'compatibility', 'compatibility matrix', 'interoperability', 'supported platforms', 'supported environments', 'support matrix', 'supported versions', 'supported hardware', 'supported systems'],
  cues: [/\bsupported (?:configurations?|platforms?|environments?|versions?)\b|\bcompatibility (?:matrix|guide|list)\b/i],
};

export default defineRule({
  meta: {
    id: 'install-guide/supported-configurations',
    severity: 'error',
    summary: 'The installation guide does not give the supported configurations',
    messages: {
      missing: '{{document}} does not give the supported configurations: no section such as "Supported Configurations", "Compatibility" or "Support Matrix"; add one',
      unreadable: '{{document}} could not be read, so whether it covers the supported configurations was not checked; see docs/unreadable',
    },
    topic,
  },
  check: (bundle, context) => checkTopic(bundle, context, 'install-guide', topic),
});
