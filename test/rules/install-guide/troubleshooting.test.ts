import rule from '../../../rules/install-guide/troubleshooting.js';
import { testRule } from '../../helpers/rule-tester.js';
import { topicCases } from '../../helpers/topic-rules.js';

testRule(rule, topicCases('troubleshooting', 'install-guide'));
