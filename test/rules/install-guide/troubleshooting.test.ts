import { describe } from 'vitest';
import { topicRuleTests } from '../../helpers/topic-rules.js';

const RULE = 'install-guide/troubleshooting';

describe(RULE, () => {
  topicRuleTests(RULE, 'troubleshooting', 'install-guide', { unreadable: ['password-guide-docx', 'docx'] });
});
