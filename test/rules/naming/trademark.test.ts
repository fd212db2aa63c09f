import rule from '../../../rules/naming/trademark.js';
import { documentsIn } from '../../helpers/documents.js';
import { DEPOT, DESCRIPTOR, DOCS } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';

const CORVID_ARRAYS = { summary: 'NAS plugin for Corvid arrays with vesx-compatible paths' };

testRule(rule, {
  valid: [{ name: 'matches whole words only', changes: CORVID_ARRAYS }],
  invalid: [
    {
      name: 'reports a trademark in the bundle name',
      defects: ['trademark-bundle-name'],
      findings: [
        {
          messageId: 'trademark',
          location: { path: '' },
          message: 'the bundle name "corvid-esxi-nas-plugin-3.2.1-4471.zip" contains the VMware trademark "ESXi"; name the partner software without VMware trademarks or product names',
        },
      ],
    },
    {
      name: 'reports a trademark in a document name',
      defects: ['trademark-document-name'],
      findings: [{ messageId: 'trademark', location: { path: `${DOCS}!/Corvid_vSphere_NAS_Plugin_3.2.1_Release_Notes.md` } }],
    },
    {
      name: 'reports a trademark in the VIB summary, at its line',
      changes: { summary: 'VAAI-NAS plugin for VMware ESXi' },
      findings: [
        {
          messageId: 'trademark',
          location: { path: DESCRIPTOR, line: 8 },
          message: 'the VIB summary "VAAI-NAS plugin for VMware ESXi" contains the VMware trademark "VMware"; name the partner software without VMware trademarks or product names',
        },
      ],
    },
    { name: 'takes its terms from its options', changes: CORVID_ARRAYS, options: { terms: ['Corvid Arrays'] }, findings: [{ messageId: 'trademark', location: { path: DESCRIPTOR, line: 8 } }] },
    {
      name: 'reports a trademark in the titles of the documents, and in the bulletin that gives the product name',
      changes: { product: 'Corvid NAS Plugin for vSphere', documents: documentsIn('docx') },
      findings: [
        { messageId: 'trademark', location: { path: `${DEPOT}!/metadata.zip!/bulletins/CVD-corvid-nas-plugin-3.2.1.xml`, line: 5 } },
        { messageId: 'trademark', location: { path: `${DEPOT}!/metadata.zip!/vmware.xml`, line: 7 } },
        { messageId: 'trademark', location: { path: `${DOCS}!/Corvid_NAS_Plugin_3.2.1_Release_Notes.docx` } },
        { messageId: 'trademark', location: { path: `${DOCS}!/Corvid_NAS_Plugin_Installation_and_Configuration_Guide.docx` } },
        { messageId: 'trademark', location: { path: `${DOCS}!/Corvid_Support_Process.docx` } },
      ],
    },
  ],
});
