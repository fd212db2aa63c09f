import type { Section } from '../../../fixtures/documents.js';
import type { DocumentFormat } from '../../../fixtures/release.js';
import rule from '../../../rules/install-guide/steps.js';
import { documentPath, guideOf, VARIANTS } from '../../helpers/documents.js';
import { DOCS } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';

const PREREQUISITES: Section = { heading: 'Prerequisites', paragraphs: ['ESXi 7.0 Update 3 or later, and Corvid OS 5.4 or later on the array.'] };

/** The release with its installation guide replaced by one of our own, in `format`, with these sections after its prerequisites. */
const guide = (format: DocumentFormat, sections: readonly Section[], title = 'Corvid NAS Plugin Installation Guide') =>
  guideOf(format, { title, intro: ['How to install Corvid NAS Plugin on ESXi hosts.'], sections: [PREREQUISITES, ...sections] }, 'Corvid_Installation_Guide');
const path = (format: DocumentFormat) => `${DOCS}!/Corvid_Installation_Guide.${format}`;

testRule(rule, {
  valid: [
    ...VARIANTS.map(([name, changes]) => ({ name: `finds the installation steps with ${name}`, changes })),
    {
      name: 'finds steps given as a list under "Installing the Plug-in" (Markdown)',
      changes: guide('md', [
        { heading: 'Installing the Plug-in', items: ['Download corvid-nas-plugin-3.2.1.zip from the Corvid support site.', 'Open the vSphere Lifecycle Manager and import the depot.', 'Remediate the cluster against the new baseline.'] },
      ]),
    },
    {
      name: 'finds steps given as "Step 1:" sub-sections of "Deployment" (DOCX)',
      changes: guide('docx', [
        {
          heading: 'Deployment',
          children: [
            { heading: 'Step 1: Put the host in maintenance mode', paragraphs: ['Every virtual machine must be moved off the host first.'] },
            { heading: 'Step 2: Apply the component', paragraphs: ['esxcli software component apply -d /vmfs/volumes/datastore1/corvid.zip'] },
            { heading: 'Step 3: Exit maintenance mode', paragraphs: ['The plugin starts with the host.'] },
          ],
        },
      ]),
    },
    // A title over the whole guide names its other parts too: it does not put the installation aside.
    ...['Corvid NAS Plugin Installation and Troubleshooting Guide', 'Requirements and Installation', 'Debugging and Installing the Corvid NAS Plugin'].map((title) => ({
      name: `finds steps under "Installing the Plugin" in a guide titled "${title}" (Markdown)`,
      changes: guide('md', [{ heading: 'Installing the Plugin', items: ['Download corvid-nas-plugin-3.2.1.zip from the Corvid support site.', 'Import the depot into the vSphere Lifecycle Manager.', 'Remediate the cluster against the new baseline.'] }], title),
    })),
    {
      name: 'finds a prose sequence under "Getting Started" (text)',
      changes: guide('txt', [
        { heading: 'Getting Started', paragraphs: ['First, upload the offline bundle to a datastore. Then run the Corvid installer from the host shell. Finally, reboot the host when it asks.'] },
      ]),
    },
    {
      name: 'finds commands to run, one a line, under "Installation" (PDF)',
      changes: guide('pdf', [
        { heading: 'Installation', paragraphs: ['Run these commands on each host:', 'esxcli software acceptance set --level=PartnerSupported', 'esxcli software vib install -v /tmp/corvid-nas-plugin.vib'] },
      ]),
    },
    {
      name: 'finds programs run by their path or script name ("bin/corvid module:enable", "composer.phar require") over sub-sections of "Installation" (DOCX)',
      changes: guide('docx', [
        {
          heading: 'Installation',
          paragraphs: ['The preferred way of installing the plugin is through Composer. Simply add it as a dependency:', 'composer.phar require corvid/nas-plugin'],
          children: [
            { heading: 'Post-Install', paragraphs: ['After the installment of the plugin, it has to be enabled by the Corvid CLI.', 'bin/corvid module:enable Corvid_NasPlugin'] },
            { heading: 'System Upgrade', paragraphs: ['To upgrade the system, the upgrade command must be run.', 'bin/corvid setup:upgrade'] },
          ],
        },
      ]),
    },
  ],
  invalid: [
    {
      name: 'reports a guide without any section about installing',
      changes: { omit: ['install'] },
      findings: [
        {
          messageId: 'missing',
          location: { path: documentPath('install-guide', 'html') },
          message:
            'Corvid_NAS_Plugin_Installation_and_Configuration_Guide.html has no step-by-step installation procedure (no section is about installing: none is headed "Installation", "Installing…", "Deployment", "Setup" or "Getting Started"); write the installation as ordered steps, from getting the bundle to a working plugin',
        },
      ],
    },
    {
      name: 'does not take the installation of prerequisites, under "Installation Requirements", or a re-deployment under a debugging chapter for the installation (Markdown)',
      changes: guide('md', [
        {
          heading: 'Installation Requirements',
          paragraphs: ['Each host needs open-iscsi.'],
          children: [{ heading: 'Installing open-iscsi', items: ['Run apt-get install open-iscsi.', 'Run systemctl enable iscsid.', 'Run systemctl start iscsid.'] }],
        },
        {
          heading: 'Driver debug tips',
          paragraphs: ['What to look at when a volume fails to attach.'],
          children: [{ heading: 'Update the driver by editing its deployment', items: ['Run kubectl edit deployment corvid-controller.', 'Change the image tag.', 'Save and exit.'] }],
        },
      ]),
      findings: [
        {
          messageId: 'missing',
          location: { path: path('md') },
          message:
            'Corvid_Installation_Guide.md has no step-by-step installation procedure (no section is about installing: none is headed "Installation", "Installing…", "Deployment", "Setup" or "Getting Started"); write the installation as ordered steps, from getting the bundle to a working plugin',
        },
      ],
    },
    {
      name: 'reports an installation section that is a single sentence, naming it',
      changes: guide('md', [{ heading: 'Installation', paragraphs: ['Run the installer on each host.'] }]),
      findings: [
        {
          messageId: 'missing',
          location: { path: path('md'), line: 9 },
          message:
            'Corvid_Installation_Guide.md has no step-by-step installation procedure (closest: "Installation" in Corvid_Installation_Guide.md gives 1 step); write the installation as ordered steps, from getting the bundle to a working plugin',
        },
      ],
    },
    {
      name: 'reports an installation heading over a description, and picks the closest of two',
      changes: guide('html', [
        { heading: 'Installation Overview', paragraphs: ['Steps follow.'] },
        { heading: 'Deploying the Plugin', paragraphs: ['The plugin ships as an offline bundle that ESXi installs like any other component.'] },
      ]),
      findings: [
        {
          messageId: 'missing',
          location: { path: path('html'), line: 11 },
          message:
            'Corvid_Installation_Guide.html has no step-by-step installation procedure (closest: "Deploying the Plugin" in Corvid_Installation_Guide.html gives no steps); write the installation as ordered steps, from getting the bundle to a working plugin',
        },
      ],
    },
    {
      name: 'does not take steps to debug the installation for the installation (RTF)',
      changes: guide('rtf', [
        { heading: 'Troubleshooting the Installation', paragraphs: ['Check that the host acceptance level is PartnerSupported.', 'Run esxcli software vib list to see whether the VIB is there.'] },
      ]),
      findings: [{ messageId: 'missing', location: { path: path('rtf') } }],
    },
    {
      name: 'says it could not check a guide that could not be read',
      defects: ['password-guide-docx'],
      findings: [{ messageId: 'unreadable', location: { path: documentPath('install-guide', 'docx') } }],
    },
  ],
});
