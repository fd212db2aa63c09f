import rule from '../../../rules/install-guide/proof-case.js';
import { testRule } from '../../helpers/rule-tester.js';
import { topicCases } from '../../helpers/topic-rules.js';

testRule(rule, topicCases('proofCase', 'install-guide'));
