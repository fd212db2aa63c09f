import rule from '../../../rules/support/information-to-gather.js';
import { testRule } from '../../helpers/rule-tester.js';
import { topicCases } from '../../helpers/topic-rules.js';

testRule(rule, topicCases('gather', 'support'));
