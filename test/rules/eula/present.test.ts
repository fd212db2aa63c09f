import { AGREEMENT_MARKDOWN } from '../../../fixtures/legal-texts.js';
import { renderDocx } from '../../../fixtures/office.js';
import rule from '../../../rules/eula/present.js';
import { DOCS, ROOT } from '../../helpers/lint.js';
import { documentsWith } from '../../helpers/documents.js';
import { testRule } from '../../helpers/rule-tester.js';


testRule(rule, {
  valid: [
    { name: 'accepts an EULA at the top', changes: { layout: { rootFolder: true, eula: 'top' } } },
    { name: 'accepts an EULA as HTML in the documentation zip', changes: { documents: [{ role: 'eula', format: 'html', fileName: 'End_User_License_Agreement' }] } },
    { name: 'accepts an EULA named End_User_Agreement', changes: { documents: [{ role: 'eula', format: 'txt', fileName: 'End_User_Agreement' }] } },
    {
      name: 'recognises an EULA by its text, whatever its name and first heading',
      changes: { documents: documentsWith('eula', { format: 'md', fileName: 'Corvid_Terms', content: Buffer.from(AGREEMENT_MARKDOWN) }) },
    },
  ],
  invalid: [
    { name: 'reports a bundle without an EULA', defects: ['no-eula'], findings: [{ messageId: 'missing', location: { path: ROOT } }] },
    { name: 'reports an empty EULA', defects: ['empty-eula'], findings: [{ messageId: 'empty', location: { path: `${DOCS}!/EULA.txt` } }] },
    { name: 'reports an EULA whose document holds no text', changes: { documents: documentsWith('eula', { format: 'docx', content: renderDocx('', []) }) }, findings: [{ messageId: 'empty', location: { path: `${DOCS}!/EULA.docx` } }] },
    { name: 'does not count an EULA that is only inside the installer', defects: ['docs-in-installer'], findings: [{ messageId: 'missing', location: { path: ROOT } }] },
    {
      name: 'does not take a document that only mentions the licence for the EULA',
      changes: { documents: documentsWith('eula', { format: 'md', fileName: 'Corvid_Legal', content: Buffer.from('# Legal\n\nBy installing the plugin you accept the Corvid license agreement, which the installer shows. The software is provided as is.\n') }) },
      findings: [{ messageId: 'missing', location: { path: ROOT } }],
    },
  ],
});
