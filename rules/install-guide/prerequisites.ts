import { checkTopic, defineRule } from '../kit/index.js';

const topic = {
  headings: ['prerequisites', 'prerequisite', 'pre-requisites', 'system requirements', 'requirements', 'before you begin', 'before you start', 'before installing', 'pre-installation', 'software requirements', 'hardware requirements', 'dependencies', 'what you need'],
  cues: [/\b(?:requires?|required|you need)\b[^.\n]{0,80}\b(?:or later|or higher|runtime|firmware|\.NET|Java|version \d)/i],
};

export default defineRule({
  meta: {
    id: 'install-guide/prerequisites',
    severity: 'error',
    summary: 'The installation guide does not give the prerequisites',
    messages: {
      missing: '{{document}} does not give the prerequisites (runtime, software, hardware, firmware): no section such as "Prerequisites", "System Requirements" or "Before You Begin"; add one',
      unreadable: '{{document}} could not be read, so whether it covers the prerequisites was not checked; see docs/unreadable',
    },
    topic,
  },
  check: (bundle, context) => checkTopic(bundle, context, 'install-guide', topic),
});
