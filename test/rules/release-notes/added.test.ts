import { describe } from 'vitest';
import { topicRuleTests } from '../../helpers/topic-rules.js';

const RULE = 'release-notes/added';

describe(RULE, () => {
  topicRuleTests(RULE, 'added', 'release-notes', { line: 5, unreadable: ['truncated-release-notes-pdf', 'pdf'] });
});
