import { checkTopic, defineRule } from '../kit/index.js';

const topic = {
  headings: ['proof case', 'test configuration', 'reference configuration', 'reference test setup', 'test setup', 'minimal configuration', 'sample configuration', 'example configuration', 'verifying the installation', 'verify the installation', 'validating the installation', 'smoke test', 'quick test'],
  cues: [/\bproof case\b|\b(?:minimal|simple|hardened|reference|sample|basic) (?:test )?(?:configuration|setup|environment)\b/i],
};

export default defineRule({
  meta: {
    id: 'install-guide/proof-case',
    severity: 'error',
    summary: 'The installation guide gives no simple, hardened test configuration (the proof case)',
    messages: {
      missing: '{{document}} gives no simple, hardened test configuration that exercises every function (the proof case): no section such as "Proof Case", "Reference Configuration" or "Verifying the Installation"; add one',
      unreadable: '{{document}} could not be read, so whether it covers a proof case was not checked; see docs/unreadable',
    },
    topic,
  },
  check: (bundle, context) => checkTopic(bundle, context, 'install-guide', topic),
});
