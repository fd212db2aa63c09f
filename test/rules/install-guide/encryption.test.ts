import { describe } from 'vitest';
import { topicRuleTests } from '../../helpers/topic-rules.js';

const RULE = 'install-guide/encryption';

describe(RULE, () => {
  topicRuleTests(RULE, 'encryption', 'install-guide', { unreadable: ['password-guide-docx', 'docx'] });
});
