import rule from '../../../rules/release-notes/added.js';
import { testRule } from '../../helpers/rule-tester.js';
import { topicCases } from '../../helpers/topic-rules.js';

testRule(rule, topicCases('added', 'release-notes', 5));
