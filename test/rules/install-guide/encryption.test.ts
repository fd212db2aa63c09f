import rule from '../../../rules/install-guide/encryption.js';
import { testRule } from '../../helpers/rule-tester.js';
import { topicCases } from '../../helpers/topic-rules.js';

testRule(rule, topicCases('encryption', 'install-guide'));
