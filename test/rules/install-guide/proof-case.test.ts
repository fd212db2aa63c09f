import rule from '../../../rules/install-guide/proof-case.js';
import { testRule } from '../../helpers/rule-tester.js';
import { topicCases, withWordings } from '../../helpers/topic-rules.js';

testRule(rule, withWordings(rule.meta.id, topicCases('proofCase', 'install-guide')));
