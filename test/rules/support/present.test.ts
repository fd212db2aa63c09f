import rule from '../../../rules/support/present.js';
import { testRule } from '../../helpers/rule-tester.js';
import { presentCases } from '../../helpers/topic-rules.js';

testRule(rule, presentCases('support', 'CVD-Customer-Care'));
