import { checkTopic, defineRule, type Topic } from '../kit/index.js';

const topic: Topic = {
  role: 'install-guide',
  headings: [
    'troubleshooting', 'troubleshoot', 'common problems', 'common issues', 'common errors', 'error messages', 'error codes', 'errors and remedies', 'remedies', 'problems and solutions', 'faq', 'frequently asked questions', 'questions and answers', 'diagnosing problems', 'resolving problems', 'debugging', 'installation issues', 'diagnostics',
    // Problems of a phase of the product's life, as guides head their chapters: "8. Installation Problems", "9. Runtime Problems".
    'installation problems', 'installation errors', 'runtime problems', 'runtime errors', 'configuration problems', 'configuration errors', 'upgrade problems', 'connection problems', 'connectivity problems'],
  words: ['error', 'fail', 'failure', 'cause', 'resolve', 'solution', 'workaround', 'symptom', 'problem', 'issue', 'fix', 'check', 'verify', 'restart', 'retry', 'unable', 'cannot', 'message', 'code', 'remedy'],
  // A "Troubleshooting" page that only says how to raise the log level speaks of logging (support/verbose-logging), not of problems and their remedies.
  unlike: ['log', 'logs', 'logging', 'logger', 'debug', 'verbose', 'verbosity', 'loglevel'],
  structure: 'errors',
  cues: [
    /\berror messages?\b[^.\n]{0,60}\b(?:means?|indicates?|cause)|\bif you see\b|\bto troubleshoot\b|\b(?:cause|solution|remedy|resolution):/i,
    // A symptom and where to look: "If any of the pods lists anything but Running, inspect the logs of the problematic workload".
    /\bif\b[^.\n]{0,100}\b(?:inspect|examine|check|look at)\b[^.\n]{0,20}\blogs?\b/i,
  ],
};

export default defineRule({
  meta: {
    id: 'install-guide/troubleshooting',
    severity: 'error',
    summary: 'The installation guide has no troubleshooting guide',
    messages: {
      missing: '{{document}} has no troubleshooting guide (common error messages and configuration mistakes); closest: {{closest}}; add a section such as "Troubleshooting" or "Common Problems"',
      unreadable: '{{document}} could not be read, so whether it covers troubleshooting was not checked; see docs/unreadable',
    },
    topic,
  },
  check: (bundle, context) => checkTopic(bundle, context, topic),
});
