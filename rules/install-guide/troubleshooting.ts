import { checkTopic, defineRule } from '../kit/index.js';

const topic = {
  headings: ['troubleshooting', 'troubleshoot', 'common problems', 'common issues', 'common errors', 'error messages', 'problems and solutions', 'faq', 'frequently asked questions', 'diagnosing problems', 'resolving problems'],
  cues: [/\berror messages?\b[^.\n]{0,60}\b(?:means?|indicates?|cause)|\bif you see\b|\bto troubleshoot\b/i],
};

export default defineRule({
  meta: {
    id: 'install-guide/troubleshooting',
    severity: 'error',
    summary: 'The installation guide has no troubleshooting guide',
    messages: {
      missing: '{{document}} has no troubleshooting guide (common error messages and configuration mistakes): no section such as "Troubleshooting" or "Common Problems"; add one',
      unreadable: '{{document}} could not be read, so whether it covers troubleshooting was not checked; see docs/unreadable',
    },
    topic,
  },
  check: (bundle, context) => checkTopic(bundle, context, 'install-guide', topic),
});
