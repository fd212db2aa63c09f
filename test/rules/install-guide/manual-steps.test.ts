import type { Section } from '../../../fixtures/documents.js';
import type { DocumentFormat } from '../../../fixtures/release.js';
import rule from '../../../rules/install-guide/manual-steps.js';
import { documentPath, guideOf, VARIANTS } from '../../helpers/documents.js';
import { DOCS } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';

/** The release with its installation guide replaced by one of our own, in `format`, with these sections. */
const guide = (format: DocumentFormat, sections: readonly Section[]) =>
  guideOf(format, { title: 'Corvid NAS Plugin Installation Guide', intro: ['How to install Corvid NAS Plugin on ESXi hosts.'], sections }, 'Corvid_Installation_Guide');
const path = (format: DocumentFormat) => `${DOCS}!/Corvid_Installation_Guide.${format}`;
const installing = (...paragraphs: string[]): Section => ({ heading: 'Installing the Plug-in', paragraphs });

testRule(rule, {
  valid: [
    ...VARIANTS.map(([name, changes]) => ({ name: `asks for no manual file step with ${name}`, changes })),
    {
      name: 'accepts copying the bundle to the host, a license key or a URL, and settings edited in a UI',
      changes: guide('md', [
        installing(
          'Download the offline bundle and copy it to /vmfs/volumes/datastore1 with scp corvid-nas-plugin-3.2.1.zip root@esxi01:/vmfs/volumes/datastore1/.',
          'Run the installer: esxcli software component apply -d /vmfs/volumes/datastore1/corvid-nas-plugin-3.2.1.zip',
          'Copy the license key from the e-mail you received into the License field.',
          'Copy the URL of the array console into your browser.',
          'In the vSphere Client, edit the plugin settings under Configure > Corvid NAS and click Save.',
        ),
      ]),
    },
    {
      name: 'does not read "file storage" as a file to edit',
      changes: guide('md', [installing('Run the installer on each host.', 'The installer will enable virtual machines to consume block, object and file storage from the array, and enable file sharing on it.')]),
    },
    {
      name: 'does not count raising the log level while debugging',
      changes: guide('md', [installing('Run the installer on each host.', 'Reboot the host.'), { heading: 'Debug Logging', paragraphs: ['Edit /etc/corvid/corvid.conf and set log_level = debug, then restart the service.'] }]),
    },
    {
      name: 'does not take a sentence describing what files do or could do for a step (passive, could, might)',
      changes: guide('txt', [
        installing(
          'Run the installer on each host.',
          'A file could change while the plugin reads it, making the file inconsistent.',
          'Avoid running any programs that might change the files.',
          'By default the transaction logs are put in the same directory as the snapshots.',
          'The settings are put in /etc/corvid by the installer.',
        ),
      ]),
    },
  ],
  invalid: [
    {
      name: 'reports a file to copy into a folder and a file to edit, each at its line (Markdown)',
      changes: guide('md', [
        installing(
          'Run the installer on each host.',
          'Copy the file corvid-vasa.jar into the folder /opt/vmware/vpxd/plugins on the vCenter appliance.',
          'Open /etc/corvid/array.conf and change management_ip to the address of your array.',
        ),
      ]),
      findings: [
        {
          messageId: 'copy',
          location: { path: path('md'), line: 9 },
          message:
            'Corvid_Installation_Guide.md makes the customer copy a file to a specific place ("Copy the file corvid-vasa.jar into the folder /opt/vmware/vpxd/plugins on the vCenter appliance."), which the program guide rules out; have the installer put it there',
        },
        {
          messageId: 'edit',
          location: { path: path('md'), line: 11 },
          message:
            'Corvid_Installation_Guide.md makes the customer edit a file to configure the software ("Open /etc/corvid/array.conf and change management_ip to the address of your array."), which the program guide rules out; have the installer or a configuration command or UI set it',
        },
      ],
    },
    {
      name: 'reports cp and vi commands, in paragraphs and as numbered lines that read as headings (text)',
      changes: guide('txt', [
        {
          heading: 'Deployment',
          paragraphs: ['Install the VIB with esxcli software vib install -v /tmp/corvid.vib, then copy the settings into place:', '# cp corvid-offload.cfg /etc/vmware/corvid/', 'and set the array address in them:', '# vi /etc/vmware/corvid/corvid-offload.cfg'],
        },
        { heading: '2. cp corvid-offload.cfg /etc/vmware/corvid/', paragraphs: ['(The same step, numbered: plain text reads a numbered line as a heading.)'] },
      ]),
      findings: [
        { messageId: 'copy', location: { path: path('txt'), line: 11 } },
        { messageId: 'edit', location: { path: path('txt'), line: 15 } },
        { messageId: 'copy', location: { path: path('txt'), line: 17 } },
      ],
    },
    {
      name: 'reports placing a .jar and modifying the configuration file (DOCX, without lines)',
      changes: guide('docx', [
        { heading: 'Getting Started', paragraphs: ['Place the corvid-provider.jar in the lib directory of the VASA provider.', 'Modify the configuration file provider.properties to point to your array.'] },
      ]),
      findings: [
        { messageId: 'copy', location: { path: path('docx') } },
        { messageId: 'edit', location: { path: path('docx') } },
      ],
    },
    {
      name: 'reports a prose sequence that adds lines to a file (PDF)',
      changes: guide('pdf', [installing('First, install the component. Then add the line "offload=on" to the corvid.conf file on every host. Finally, reboot the host.')]),
      findings: [{ messageId: 'edit', location: { path: path('pdf') } }],
    },
    {
      name: 'reports twenty steps one by one and counts the rest in one finding',
      changes: guide('md', [installing(...Array.from({ length: 23 }, (_, index) => `Edit the file corvid-${index + 1}.conf and set the array address.`))]),
      findings: [
        ...Array.from({ length: 20 }, (_, index) => ({ messageId: 'edit', location: { path: path('md'), line: 7 + 2 * index } })),
        {
          messageId: 'moreSteps',
          location: { path: path('md'), line: 47 },
          message: 'Corvid_Installation_Guide.md has 3 more steps that copy or edit files by hand besides the 20 reported, from "Edit the file corvid-21.conf and set the array address." on; have the installer do them',
        },
      ],
    },
    {
      name: 'reports a configuration file to write, a tag to replace in YAMLs and a YAML file to open and update',
      changes: guide('md', [
        installing(
          'Create a configuration file that will contain the details to connect to the array:',
          '$ cat /etc/corvid/corvid-array.conf',
          'To use another release, replace latest with the release version in the controller and node YAMLs.',
          'Open the YAML file of the controller deployment, find the ARRAY_PORT option and update it to the port of your array.',
        ),
      ]),
      findings: [
        { messageId: 'edit', location: { path: path('md'), line: 7 } },
        { messageId: 'edit', location: { path: path('md'), line: 11 } },
        { messageId: 'edit', location: { path: path('md'), line: 13 } },
      ],
    },
    {
      name: 'reports shell commands that write a configuration file at a system path (echo … > /etc/…, tee -a), not output saved to a file of the working directory or discarded',
      changes: guide('md', [
        installing(
          'Run the installer on each host.',
          'echo "InitiatorName=$(/sbin/iscsi-iname)" > /etc/iscsi/initiatorname.iscsi',
          'echo "options corvid offload=1" | sudo tee -a /etc/modprobe.d/corvid.conf',
          'kubectl logs corvid-controller-0 -n corvid > corvid-controller.log',
          'corvid-cli check --all > /dev/null 2>&1',
        ),
      ]),
      findings: [
        { messageId: 'edit', location: { path: path('md'), line: 9 } },
        { messageId: 'edit', location: { path: path('md'), line: 11 } },
      ],
    },
    {
      name: 'reports a configuration file created by its name from a sample (plain text), and a copy asked for in the passive with must',
      changes: guide('txt', [
        installing(
          'To start the service you need a configuration file. Here is a sample, create it in conf/corvid.cfg:',
          'tickTime=2000',
          'The certificate must be copied to /etc/corvid/ssl on every host.',
        ),
      ]),
      findings: [
        {
          messageId: 'edit',
          location: { path: path('txt'), line: 9 },
          message:
            'Corvid_Installation_Guide.txt makes the customer edit a file to configure the software ("Here is a sample, create it in conf/corvid.cfg:"), which the program guide rules out; have the installer or a configuration command or UI set it',
        },
        { messageId: 'copy', location: { path: path('txt'), line: 13 } },
      ],
    },
    {
      name: 'says it could not check a guide that could not be read',
      defects: ['password-guide-docx'],
      findings: [{ messageId: 'unreadable', location: { path: documentPath('install-guide', 'docx') } }],
    },
  ],
});
