import { renderDocument, type Section } from '../../../fixtures/documents.js';
import type { DocumentFormat } from '../../../fixtures/release.js';
import rule from '../../../rules/install-guide/initial-configuration.js';
import { documentsWith } from '../../helpers/documents.js';
import { DOCS } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';
import { topicCases } from '../../helpers/topic-rules.js';

const INSTALLING: Section = { heading: 'Installing the Plug-in', paragraphs: ['Upload the offline bundle to the host.', 'Run esxcli software component apply -d /tmp/corvid.zip.'] };

/** The release with its installation guide replaced by one of our own, in `format`, with these sections after the installation. */
const guide = (format: DocumentFormat, sections: readonly Section[]) => ({
  documents: documentsWith('install-guide', {
    format,
    fileName: 'Corvid_Installation_Guide',
    content: renderDocument({ title: 'Corvid NAS Plugin Installation Guide', intro: ['How to install and configure Corvid NAS Plugin.'], sections: [INSTALLING, ...sections] }, format),
  }),
});
const path = (format: DocumentFormat) => `${DOCS}!/Corvid_Installation_Guide.${format}`;
const cases = topicCases('initialConfig', 'install-guide');

testRule(rule, {
  valid: [
    ...cases.valid,
    { name: 'finds a "Post-Installation Configuration" chapter (Markdown)', changes: guide('md', [{ heading: '4. Post-Installation Configuration', paragraphs: ['Set the array address and the NFS export in the plugin settings.'] }]) },
    {
      name: 'finds a step that connects the plugin to the array, under no configuration heading (DOCX)',
      changes: guide('docx', [{ heading: 'After the Reboot', paragraphs: ['Enter the management IP address and password of the array in the Corvid panel of the vSphere Client.'] }]),
    },
    { name: 'finds registering the plug-in with vCenter (text)', changes: guide('txt', [{ heading: 'Registering the Plug-in', paragraphs: ['Run corvid-register --vcenter vc01.example.com to register the plug-in with vCenter.'] }]) },
  ],
  invalid: [
    ...cases.invalid,
    {
      name: 'does not take tuning or a heading over nothing for the initial configuration',
      changes: guide('md', [{ heading: 'Data Path Configuration', paragraphs: ['Tune queue depths only if Corvid support asks you to.'] }, { heading: 'Initial Configuration', paragraphs: [] }]),
      findings: [{ messageId: 'missing', location: { path: path('md') } }],
    },
  ],
});
