import { checkTopic, defineRule, type Topic } from '../kit/index.js';

const topic: Topic = {
  role: 'install-guide',
  headings: ['licensing', 'license', 'licence', 'licenses', 'license requirements', 'licensing requirements', 'license keys', 'license key', 'activation'],
  against: ['license agreement', 'licence agreement', 'end user', 'eula', 'accept', 'open source', 'third party', 'notices', 'copyright'],
  words: ['license', 'licence', 'licensing', 'key', 'activation', 'activate', 'entitlement', 'subscription', 'term', 'perpetual', 'capacity', 'free', 'charge', 'cost', 'purchase', 'contract', 'evaluation', 'trial', 'feature', 'edition', 'required', 'included', 'covered'],
  cues: [/\blicen[cs](?:ing|e (?:key|file|server|is|required))\b|\bno licen[cs]e\b/i],
};

export default defineRule({
  meta: {
    id: 'install-guide/licensing',
    severity: 'error',
    summary: 'The installation guide does not spell out its licensing assumptions',
    messages: {
      missing: '{{document}} does not spell out its licensing assumptions; closest: {{closest}}; add a section such as "Licensing" or "License Requirements", even to say that no license is needed',
      unreadable: '{{document}} could not be read, so whether it covers licensing was not checked; see docs/unreadable',
    },
    topic,
  },
  check: (bundle, context) => checkTopic(bundle, context, topic),
});
