import { checkTopic, defineRule, type Topic } from '../kit/index.js';

const topic: Topic = {
  role: 'install-guide',
  headings: ['proof case', 'test configuration', 'reference configuration', 'reference test setup', 'test setup', 'test bed', 'testbed', 'minimal configuration', 'sample configuration', 'example configuration', 'typical configuration', 'typical scenario', 'validation environment', 'verifying the installation', 'verify the installation', 'validating the installation', 'validate the installation', 'smoke test', 'quick test', 'testing', 'testing the installation', 'verifying the deployment', 'verify the deployment', 'validating the deployment', 'validate the deployment', 'installed successfully', 'deployed successfully', 'runs correctly', 'running correctly', 'works correctly', 'working correctly', 'sanity check', 'sanity checks', 'health check', 'installation check', 'demonstration setup', 'demo setup', 'demonstration environment'],
  // Tests of something else than the installation: integrity checks, and experiments on a shop's visitors ("A/B testing"); a fault's
  // diagnosis ("If the Agent Is Not Working Correctly").
  against: ['configuration file', 'config file', 'file', 'script', 'yaml', 'json', 'xml', 'integrity', 'checksum', 'checksums', 'signature', 'signatures', 'a/b testing', 'a/b test', 'split testing', 'not working', 'not running', 'not work', 'not run', 'stopped working', 'troubleshooting'],
  words: ['test', 'verify', 'validate', 'validation', 'confirm', 'check', 'minimal', 'simple', 'harden', 'hardened', 'reference', 'single', 'host', 'array', 'datastore', 'vm', 'virtual', 'clone', 'snapshot', 'create', 'function', 'scenario', 'topology', 'setup', 'environment', 'offload', 'exercise', 'healthy', 'expected'],
  structure: 'steps',
  cues: [
    /\bproof case\b|\b(?:minimal|simple|hardened|reference|basic|typical) (?:test )?(?:configuration|setup|environment|scenario)\b/i,
    // A demonstration set up to verify the deployment: "a demonstration OpenStack setup that … can be followed to verify the Calico elements … are operating as intended".
    /\bdemonstration\b[^.\n]{0,30}\b(?:setup|environment|deployment)\b[^.\n]{0,60}\bverify\b/i,
    // A check of a healthy deployment right after it: "Once the driver has been deployed, verify the pods are running" (not "Make sure open-iscsi is installed and check that iscsid is running").
    /\b(?:once|after|when)\b[^.\n]{0,40}\b(?:has been|have been|is|are) (?:deployed|installed)\b,? (?:verify|check|confirm)\b[^.\n]{0,60}\b(?:running|ready|healthy)\b/i,
  ],
};

export default defineRule({
  meta: {
    id: 'install-guide/proof-case',
    severity: 'error',
    summary: 'The installation guide gives no simple, hardened test configuration (the proof case)',
    messages: {
      missing: '{{document}} gives no simple, hardened test configuration that exercises every function (the proof case); closest: {{closest}}; add a section such as "Proof Case", "Reference Configuration" or "Verifying the Installation"',
      unreadable: '{{document}} could not be read, so whether it covers a proof case was not checked; see docs/unreadable',
    },
    topic,
  },
  check: (bundle, context) => checkTopic(bundle, context, topic),
});
