import rule from '../../../rules/release-notes/present.js';
import { testRule } from '../../helpers/rule-tester.js';
import { presentCases } from '../../helpers/topic-rules.js';

testRule(rule, presentCases('release-notes', 'CVD_NAS_3.2.1_Readme'));
