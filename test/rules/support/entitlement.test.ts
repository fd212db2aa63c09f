import rule from '../../../rules/support/entitlement.js';
import { testRule } from '../../helpers/rule-tester.js';
import { topicCases } from '../../helpers/topic-rules.js';

testRule(rule, topicCases('entitlement', 'support'));
