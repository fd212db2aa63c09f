import rule from '../../../rules/release-notes/fixed.js';
import { testRule } from '../../helpers/rule-tester.js';
import { topicCases, withWordings } from '../../helpers/topic-rules.js';

testRule(rule, withWordings('release-notes/fixed', topicCases('fixed', 'release-notes', 5)));
