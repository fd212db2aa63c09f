import { describe } from 'vitest';
import { topicRuleTests } from '../../helpers/topic-rules.js';

const RULE = 'install-guide/supported-configurations';

describe(RULE, () => {
  topicRuleTests(RULE, 'configurations', 'install-guide', { unreadable: ['password-guide-docx', 'docx'] });
});
