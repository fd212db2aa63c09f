import { renderDocx } from '../../../fixtures/office.js';
import { defaultRelease } from '../../../fixtures/release.js';
import rule from '../../../rules/eula/present.js';
import { DOCS, ROOT } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';

const blankDocx = defaultRelease().documents.map((plan) => (plan.role === 'eula' ? { ...plan, format: 'docx' as const, content: renderDocx('', []) } : plan));

testRule(rule, {
  valid: [
    { name: 'accepts an EULA at the top', changes: { layout: { rootFolder: true, eula: 'top' } } },
    { name: 'accepts an EULA as HTML in the documentation zip', changes: { documents: [{ role: 'eula', format: 'html', fileName: 'End_User_License_Agreement' }] } },
  ],
  invalid: [
    { name: 'reports a bundle without an EULA', defects: ['no-eula'], findings: [{ messageId: 'missing', location: { path: ROOT } }] },
    { name: 'reports an empty EULA', defects: ['empty-eula'], findings: [{ messageId: 'empty', location: { path: `${DOCS}!/EULA.txt` } }] },
    { name: 'reports an EULA whose document holds no text', changes: { documents: blankDocx }, findings: [{ messageId: 'empty', location: { path: `${DOCS}!/EULA.docx` } }] },
    { name: 'does not count an EULA that is only inside the installer', defects: ['docs-in-installer'], findings: [{ messageId: 'missing', location: { path: ROOT } }] },
  ],
});
