import rule from '../../../rules/licenses/open-source.js';
import { ROOT } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: ['THIRD-PARTY-NOTICES', 'Open_Source_Licenses', 'NOTICE'].map((fileName) => ({
    name: `recognises notices named ${fileName}`,
    changes: { documents: [{ role: 'notices', format: 'txt', fileName }] },
  })),
  invalid: [{ name: 'warns when no open-source notices are delivered', defects: ['no-notices'], findings: [{ messageId: 'missing', location: { path: ROOT } }] }],
});
