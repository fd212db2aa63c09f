import { checkTopic, defineRule } from '../kit/index.js';

const topic = {
  headings: ['licensing', 'license', 'licence', 'licenses', 'license requirements', 'licensing requirements', 'license keys', 'license key', 'activation'],
  cues: [/\blicen[cs](?:ing|e (?:key|file|server|is|required))\b/i],
};

export default defineRule({
  meta: {
    id: 'install-guide/licensing',
    severity: 'error',
    summary: 'The installation guide does not spell out its licensing assumptions',
    messages: {
      missing: '{{document}} does not spell out its licensing assumptions: no section such as "Licensing" or "License Requirements"; add one, even to say that no license is needed',
      unreadable: '{{document}} could not be read, so whether it covers licensing was not checked; see docs/unreadable',
    },
    topic,
  },
  check: (bundle, context) => checkTopic(bundle, context, 'install-guide', topic),
});
