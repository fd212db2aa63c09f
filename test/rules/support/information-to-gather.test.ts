import rule from '../../../rules/support/information-to-gather.js';
import { testRule } from '../../helpers/rule-tester.js';
import { topicCases, withWordings } from '../../helpers/topic-rules.js';

testRule(rule, withWordings(rule.meta.id, topicCases('gather', 'support')));
