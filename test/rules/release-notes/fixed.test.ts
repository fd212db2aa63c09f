import rule from '../../../rules/release-notes/fixed.js';
import { testRule } from '../../helpers/rule-tester.js';
import { topicCases } from '../../helpers/topic-rules.js';

testRule(rule, topicCases('fixed', 'release-notes', 5));
