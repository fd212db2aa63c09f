import { describe } from 'vitest';
import { topicRuleTests } from '../../helpers/topic-rules.js';

const RULE = 'install-guide/prerequisites';

describe(RULE, () => {
  topicRuleTests(RULE, 'prerequisites', 'install-guide', { unreadable: ['password-guide-docx', 'docx'] });
});
