import rule from '../../../rules/install-guide/prerequisites.js';
import { testRule } from '../../helpers/rule-tester.js';
import { topicCases } from '../../helpers/topic-rules.js';

testRule(rule, topicCases('prerequisites', 'install-guide'));
