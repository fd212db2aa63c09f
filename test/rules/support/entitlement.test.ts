import { describe } from 'vitest';
import { topicRuleTests } from '../../helpers/topic-rules.js';

const RULE = 'support/entitlement';

describe(RULE, () => {
  topicRuleTests(RULE, 'entitlement', 'support');
});
