import { describe } from 'vitest';
import { topicRuleTests } from '../../helpers/topic-rules.js';

const RULE = 'support/information-to-gather';

describe(RULE, () => {
  topicRuleTests(RULE, 'gather', 'support');
});
