import { describe } from 'vitest';
import { topicRuleTests } from '../../helpers/topic-rules.js';

const RULE = 'install-guide/licensing';

describe(RULE, () => {
  topicRuleTests(RULE, 'licensing', 'install-guide', { unreadable: ['password-guide-docx', 'docx'] });
});
