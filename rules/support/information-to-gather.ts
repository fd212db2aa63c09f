import { checkTopic, defineRule } from '../kit/index.js';

const topic = {
  headings: ['information to gather', 'information to collect', 'information to provide', 'what to gather', 'what to collect', 'what to provide', 'before you call', 'before contacting support', 'before you contact support', 'information needed', 'required information', 'problem information', 'data to collect'],
  cues: [/\bfor (?:each|every) (?:type of )?(?:problem|issue)\b|\bscreenshots?\b/i],
};

export default defineRule({
  meta: {
    id: 'support/information-to-gather',
    severity: 'error',
    summary: 'The support process does not say what information to gather for each type of problem',
    messages: {
      missing: '{{document}} does not say what information to gather for each type of problem: no section such as "Information to Gather" or "Before You Call"; add one',
      unreadable: '{{document}} could not be read, so whether it covers the information to gather was not checked; see docs/unreadable',
    },
    topic,
  },
  check: (bundle, context) => checkTopic(bundle, context, 'support', topic),
});
