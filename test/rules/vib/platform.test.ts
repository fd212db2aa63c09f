import { documentsIn } from '../../../fixtures/release.js';
import rule from '../../../rules/vib/platform.js';
import { DEPOT, DESCRIPTOR } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';

const BULLETIN = `${DEPOT}!/metadata.zip!/vmware.xml`;
const GUIDE = 'Corvid_NAS_Plugin_Installation_and_Configuration_Guide';

testRule(rule, {
  valid: [
    { name: 'accepts ESXi 7.0 Update 3 and 8.0, as the guide says, under platforms 7.0.* and 8.0.* and a dependency on ESXi >= 7.0.3' },
    { name: 'reads the guide in DOCX and with other headings alike', changes: { documents: documentsIn('docx'), wording: 'alternate' } },
    { name: 'takes a platform without a version for any ESXi, and a VIB without an ESXi dependency for no constraint', changes: { platforms: [''], requiresEsx: undefined } },
  ],
  invalid: [
    {
      name: 'reports ESXi 8.0, which the guide supports and the bulletin does not list, once per bulletin',
      changes: { platforms: ['7.0.*'] },
      findings: [
        {
          messageId: 'bulletin',
          location: { path: BULLETIN, line: 14 },
          message: `${GUIDE}.html says ESXi 8.0 is supported, but the bulletin CVD-corvid-nas-plugin-3.2.1 lists only the platforms 7.0.*; make the bulletin and the documents name the same ESXi versions`,
        },
      ],
    },
    {
      name: 'reports a dependency on ESXi 8.0 while the guide supports 7.0 Update 3',
      changes: { requiresEsx: '8.0.0', documents: documentsIn('odt') },
      findings: [
        {
          messageId: 'dependency',
          location: { path: DESCRIPTOR, line: 13 },
          message: `${GUIDE}.odt says ESXi 7.0 Update 3 is supported, but vib20/corvid-nas-plugin/CVD_bootbank_corvid-nas-plugin_3.2.1-1OEM.700.1.0.15843807.vib depends on ESXi >= 8.0.0, so it cannot install there; make the dependency and the documents agree`,
        },
      ],
    },
  ],
});
