import rule from '../../../rules/archive/symlink.js';
import { ROOT } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [],
  invalid: [
    {
      name: 'reports a link with its target, as a warning and the only finding',
      defects: ['symlink'],
      findings: [
        {
          messageId: 'target',
          location: { path: `${ROOT}latest` },
          message: `${ROOT}latest is a symbolic link to "/opt/corvid/build/out/latest", which bundlelint does not follow and which may point outside the extracted bundle; ship the file itself`,
        },
      ],
      others: { scope: '' },
    },
    {
      name: 'reports a link whose target cannot be read',
      defects: ['unreadable-symlink'],
      findings: [
        {
          messageId: 'unknown',
          location: { path: `${ROOT}latest` },
          message: `${ROOT}latest is a symbolic link whose target could not be read; bundlelint does not follow links: ship the file itself`,
        },
      ],
      others: { scope: 'archive/', findings: [{ ruleId: 'archive/unreadable', messageId: 'method', location: { path: `${ROOT}latest` } }] },
    },
  ],
});
