import { checkTopic, defineRule } from '../kit/index.js';

const topic = {
  headings: ['entitlement', 'support entitlement', 'entitlements', 'support contract', 'support agreement', 'eligibility', 'what support needs from you', 'customer id', 'contract number'],
  cues: [/\b(?:contract|entitlement|customer|site|account|support) (?:number|id|identifier)\b|\bserial number\b|\bno (?:support )?(?:contract|entitlement)\b/i],
};

export default defineRule({
  meta: {
    id: 'support/entitlement',
    severity: 'error',
    summary: 'The support process does not say what entitlement identity support requires',
    messages: {
      missing: '{{document}} does not say what entitlement identity support requires (contract or customer number, serial number), or that none is needed; add it',
      unreadable: '{{document}} could not be read, so whether it covers entitlement was not checked; see docs/unreadable',
    },
    topic,
  },
  check: (bundle, context) => checkTopic(bundle, context, 'support', topic),
});
