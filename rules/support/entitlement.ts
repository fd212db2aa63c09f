import { checkTopic, defineRule, type Topic } from '../kit/index.js';

const topic: Topic = {
  role: 'support',
  headings: ['entitlement', 'support entitlement', 'entitlements', 'support contract', 'support agreement', 'eligibility', 'what support needs from you', 'customer id', 'contract number', 'support coverage', 'who is supported', 'support subscription'],
  words: ['entitlement', 'entitle', 'contract', 'agreement', 'subscription', 'warranty', 'customer', 'account', 'serial', 'number', 'id', 'valid', 'eligible', 'purchase'],
  cues: [
    /\b(?:contract|entitlement|customer|site|account|support) (?:number|id|identifier)\b|\bserial number\b[^.\n]{0,80}\b(?:entitle\w*|contract|warranty|support agreement)|\b(?:entitle\w*|contract|warranty)\b[^.\n]{0,80}\bserial number\b|\bno (?:support )?(?:contract|entitlement)\b/i,
    // What entitles a customer: "customers with a valid HPE support contract", "an active support subscription".
    /\b(?:valid|active|current|paid)\b[^.\n]{0,30}\b(?:contract|agreement|subscription|warranty|entitlement)s?\b/i,
    // Who is entitled, by what they hold: "All users with a subscription get access to the Customer Portal", "Any account with a registered XOA can open tickets".
    /\b(?:users?|customers?|accounts?|subscribers?) (?:with|holding|who have|who hold|who purchased?)\b[^.\n]{0,30}\b(?:subscriptions?|contracts?|licenses?|licences?|support plans?)\b|\b(?:accounts?|users?|customers?) with a registered\b/i,
    // Or that nothing does: "no paid support", "without a support contract".
    /\bno (?:paid|commercial|formal) support\b|\bwithout (?:a |any )?(?:support )?(?:contract|subscription|entitlement)\b/i,
  ],
};

export default defineRule({
  meta: {
    id: 'support/entitlement',
    severity: 'error',
    summary: 'The support process does not say what entitlement identity support requires',
    messages: {
      missing: '{{document}} does not say what entitlement identity support requires (contract or customer number, serial number), or that none is needed; closest: {{closest}}; add it',
      unreadable: '{{document}} could not be read, so whether it covers entitlement was not checked; see docs/unreadable',
    },
    topic,
  },
  check: (bundle, context) => checkTopic(bundle, context, topic),
});
