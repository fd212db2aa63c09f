import { describe } from 'vitest';
import { topicRuleTests } from '../../helpers/topic-rules.js';

const RULE = 'install-guide/proof-case';

describe(RULE, () => {
  topicRuleTests(RULE, 'proofCase', 'install-guide', { unreadable: ['password-guide-docx', 'docx'] });
});
