import { describe, expect, it } from 'vitest';
import type { Section } from '../../../fixtures/documents.js';
import type { DocumentFormat } from '../../../fixtures/release.js';
import rule from '../../../rules/install-guide/initial-configuration.js';
import { manualStepIn } from '../../../src/release/install-procedure.js';
import { guideOf } from '../../helpers/documents.js';
import { DOCS } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';
import { topicCases, withWordings } from '../../helpers/topic-rules.js';

const INSTALLING: Section = { heading: 'Installing the Plug-in', paragraphs: ['Upload the offline bundle to the host.', 'Run esxcli software component apply -d /tmp/corvid.zip.'] };

/** The release with its installation guide replaced by one of our own, in `format`, with these sections after the installation. */
const guide = (format: DocumentFormat, sections: readonly Section[]) =>
  guideOf(format, { title: 'Corvid NAS Plugin Installation Guide', intro: ['How to install and configure Corvid NAS Plugin.'], sections: [INSTALLING, ...sections] }, 'Corvid_Installation_Guide');
const path = (format: DocumentFormat) => `${DOCS}!/Corvid_Installation_Guide.${format}`;
const cases = withWordings(rule.meta.id, topicCases('initialConfig', 'install-guide'));

testRule(rule, {
  valid: [
    ...cases.valid,
    { name: 'finds a "Post-Installation Configuration" chapter (Markdown)', changes: guide('md', [{ heading: '4. Post-Installation Configuration', paragraphs: ['Set the array address and the NFS export in the plugin settings.'] }]) },
    {
      name: 'finds a step that connects the plugin to the array, under no configuration heading (DOCX)',
      changes: guide('docx', [{ heading: 'After the Reboot', paragraphs: ['Enter the management IP address and password of the array in the Corvid panel of the vSphere Client.'] }]),
    },
    {
      name: 'finds the configuration file the customer creates from a sample of its first settings (PDF)',
      changes: guide('pdf', [
        {
          heading: 'Standalone Operation',
          paragraphs: ['To start the Corvid service you need a configuration file. Here is a sample, create it in conf/corvid.cfg:', 'arrayAddress=192.0.2.10', 'dataDir=/var/lib/corvid', 'Now that you created the configuration file, you can start the service.'],
        },
      ]),
    },
    {
      name: 'finds "Create a configuration file." as a step of a setup procedure (HTML)',
      changes: guide('html', [
        {
          heading: 'Clustered Setup',
          paragraphs: ['Install the Corvid server package on every host.', 'Create a configuration file. This file can be called anything. Use the following settings as a starting point:', 'arrayAddress=192.0.2.10'],
        },
      ]),
    },
    {
      name: 'finds a table of the first settings whose header row a PDF gives without cell separators ("Option Description") (PDF)',
      changes: guide('pdf', [
        {
          heading: 'Quick Setup Guide',
          paragraphs: [
            'After installing the plug-in, set the following in the Corvid panel of the vSphere Client.',
            'Option Description',
            'Array ID The serial of the Corvid array the plug-in manages.',
            'Shared secret The account key Corvid support gave you.',
          ],
        },
      ]),
    },
    { name: 'finds registering the plug-in with vCenter (text)', changes: guide('txt', [{ heading: 'Registering the Plug-in', paragraphs: ['Run corvid-register --vcenter vc01.example.com to register the plug-in with vCenter.'] }]) },
  ],
  invalid: [
    ...cases.invalid,
    {
      name: 'does not take prose that names a description ("The parameter description of each REST call lists…") for a settings table\'s header row',
      changes: guide('md', [{ heading: 'API Reference', paragraphs: ['The parameter description of each REST call lists the values and settings that the Corvid interface accepts.'] }]),
      findings: [{ messageId: 'missing', location: { path: path('md') } }],
    },
    {
      name: 'does not take tuning or a heading over nothing for the initial configuration',
      changes: guide('md', [{ heading: 'Data Path Configuration', paragraphs: ['Tune queue depths only if Corvid support asks you to.'] }, { heading: 'Initial Configuration', paragraphs: [] }]),
      findings: [{ messageId: 'missing', location: { path: path('md') } }],
    },
    {
      name: 'does not take installing ("Install and configure the server components") or an error quoted as a heading for the initial configuration',
      changes: guide('md', [
        { heading: 'Install and configure the server components', paragraphs: ['Run corvid-install --provider corvid --bucket backups to deploy the server and add the provider.'] },
        { heading: 'invalid configuration: no configuration has been provided', paragraphs: ['The kubeconfig is missing; set KUBECONFIG and run the install again.'] },
      ]),
      findings: [{ messageId: 'missing', location: { path: path('md') } }],
    },
    {
      name: 'does not take a quick start that installs ("Getting Started", "run corvid init") for the initial configuration',
      changes: guide('md', [{ heading: 'Getting Started', paragraphs: ['Run `corvid init` in an empty folder, then run `corvid setup --host esx01` to install the plugin on the host.'] }]),
      findings: [{ messageId: 'missing', location: { path: path('md') } }],
    },
    {
      name: 'does not take a reference of configuration options for the initial configuration',
      changes: guide('md', [{ heading: 'Configuration', paragraphs: ['Every option of corvid.conf, with its default: log_level (info), queue_depth (32), retry_seconds (5).'] }]),
      findings: [{ messageId: 'missing', location: { path: path('md') } }],
    },
    {
      name: 'does not take "Supported Configurations" for the initial configuration',
      changes: guide('md', [{ heading: 'Supported Configurations', paragraphs: ['ESXi 7.0 U3 and 8.0 U2 hosts with Corvid C200 arrays over NFS 4.1.'] }]),
      findings: [{ messageId: 'missing', location: { path: path('md') } }],
    },
  ],
});

// The configuration file to edit is a cue of this rule exactly where the manual-steps rule reads an edit of it.
describe('the cue of the configuration file to edit', () => {
  const cued = (sentence: string) => rule.meta.topic!.cues!.some((cue) => cue.test(sentence));
  it.each([
    ['Edit the /etc/corvid/corvid.conf file and set the array address.', true],
    ['Make the following changes on the volume node /etc/block/block.conf file.', true],
    ['Make the changes below to /etc/block/block.conf.', true],
    ['Update the settings in block.conf.', true],
    // An edit forbidden or not needed does not configure anything; a directory named like the file is not it.
    ['You do not need to edit the configuration file; the installer writes it.', false],
    ["You don't need to modify corvid.conf.", false],
    ['Do not modify the configuration file by hand.', false],
    ['Never edit corvid.conf while the service runs.', false],
    ['Edit the permissions of the /etc/corvid/agent.conf.d directory.', false],
  ])('reads "%s" as a cue and an edit: %s', (sentence, expected) => {
    expect(cued(sentence)).toBe(expected);
    expect(manualStepIn(sentence) === 'edit').toBe(expected);
  });

  it('reads the edit of a YAML manifest as an edit, not as the configuration', () => {
    const sentence = 'Update the image fields in the corvid-csi-operator.yaml.';
    expect([cued(sentence), manualStepIn(sentence)]).toEqual([false, 'edit']);
  });
});
