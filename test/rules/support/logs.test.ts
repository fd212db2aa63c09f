import { describe } from 'vitest';
import { topicRuleTests } from '../../helpers/topic-rules.js';

const RULE = 'support/logs';

describe(RULE, () => {
  topicRuleTests(RULE, 'logs', 'support');
});
