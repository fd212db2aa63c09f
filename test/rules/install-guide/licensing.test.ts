import rule from '../../../rules/install-guide/licensing.js';
import { testRule } from '../../helpers/rule-tester.js';
import { topicCases } from '../../helpers/topic-rules.js';

testRule(rule, topicCases('licensing', 'install-guide'));
