import rule from '../../../rules/install-guide/supported-configurations.js';
import { testRule } from '../../helpers/rule-tester.js';
import { topicCases } from '../../helpers/topic-rules.js';

testRule(rule, topicCases('configurations', 'install-guide'));
