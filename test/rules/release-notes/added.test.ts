import rule from '../../../rules/release-notes/added.js';
import { testRule } from '../../helpers/rule-tester.js';
import { topicCases, withWordings } from '../../helpers/topic-rules.js';

testRule(rule, withWordings(rule.meta.id, topicCases('added', 'release-notes', 5)));
