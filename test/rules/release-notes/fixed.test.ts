import { describe } from 'vitest';
import { topicRuleTests } from '../../helpers/topic-rules.js';

const RULE = 'release-notes/fixed';

describe(RULE, () => {
  topicRuleTests(RULE, 'fixed', 'release-notes', { line: 5, unreadable: ['truncated-release-notes-pdf', 'pdf'] });
});
