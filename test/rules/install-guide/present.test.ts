import rule from '../../../rules/install-guide/present.js';
import { testRule } from '../../helpers/rule-tester.js';
import { presentCases } from '../../helpers/topic-rules.js';

testRule(rule, presentCases('install-guide', 'CVD_NAS_Admin_Manual_v3'));
