import { describe, expect, it } from 'vitest';
import { buildDocument, type Block } from '../../src/documents/document.js';
import { markdownBlocks } from '../../src/documents/markdown.js';
import { installSections, manualStepIn, manualSteps } from '../../src/release/install-procedure.js';
import { countSentenceSteps, isCommandLine } from '../../src/release/procedure.js';
import { textLines } from '../../src/release/text-lines.js';

const markdown = (source: string) => {
  const { blocks, links, title } = markdownBlocks(source);
  return buildDocument(blocks, { title, links });
};

describe('what an installation guide says about installing', () => {
  it('counts the steps of a prose sequence sentence by sentence, as a numbered list counts lines', () => {
    expect(countSentenceSteps(textLines('First, upload the bundle to a datastore. Then run the installer. Finally, reboot the host.'), 5)).toBe(3);
    expect(countSentenceSteps(textLines('1. Download the bundle.\n2. Run the installer.'), 5)).toBe(2);
    expect(countSentenceSteps(textLines('Put the host in maintenance mode, then run: esxcli software component apply -d /tmp/x.zip'), 5)).toBe(2);
    expect(countSentenceSteps(textLines('Copy the offline bundle to the host and run: esxcli software component apply -d /tmp/x.zip'), 5)).toBe(1);
    expect(countSentenceSteps(textLines('The plugin ships as an offline bundle. It installs like any other component.'), 5)).toBe(0);
  });

  it('takes code unpacked into a named path for a manual copy, not products named in a pair or a forbidden unpacking', () => {
    const sentences = [
      'Unpack the archive into plugins/corvid.',
      'Install the decompressed code in your projects directory under app/code/Corvid/NasPlugin.',
      'Install the agent in Windows/Linux hosts.',
      'Do not unpack the archive into /tmp.',
    ];
    expect(sentences.map(manualStepIn)).toEqual(['copy', 'copy', undefined, undefined]);
  });

  it('reads a program run by its path or script name as a command only with an argument that reads as one', () => {
    const lines = ['composer.phar require corvid/nas-plugin', 'bin/corvid setup:upgrade', './install.sh --accept', 'setup.exe /S', 'and/or later versions are supported.', 'TCP/IP settings must be configured first.', 'setup.exe is the installer for Windows.'];
    expect(lines.map(isCommandLine)).toEqual([true, true, true, true, false, false, false]);
  });

  it('finds the sections and labelled lines about installing, not those about what is around it', () => {
    const guide = markdown(
      '# Acme Plugin Installation Guide\n\n## Before You Install\n\n1. Check the host.\n2. Check the array.\n\n## Installing the Plug-in\n\n1. Download the bundle.\n2. Run the installer.\n\n## Troubleshooting the Installation\n\nRun esxcli software vib list.\n\nSetup: Run the installer. Then reboot.\n',
    );
    expect(installSections(guide).map(({ heading, line, steps }) => ({ heading, line, steps }))).toEqual([
      { heading: 'Installing the Plug-in', line: 8, steps: 2 },
      { heading: 'Setup', line: 17, steps: 2 },
    ]);
  });

  it('reads the chapters of a page titled for installing as parts about installing, though set at the title\'s level, not those aside from it', () => {
    const chapters: Block[] = [
      { kind: 'heading', level: 1, text: 'A step-by-step example' },
      { kind: 'text', text: '1. Download the bundle.\n2. Run the installer.\n3. Reboot the host.' },
      { kind: 'heading', level: 1, text: 'Remote repositories' },
      { kind: 'text', text: 'Repositories may be remote.' },
      { kind: 'heading', level: 1, text: 'Uninstalling' },
      { kind: 'text', text: '1. Stop the agent.\n2. Remove the package.\n3. Reboot the host.' },
    ];
    const titled = (text: string) => buildDocument([{ kind: 'heading', level: 1, text, title: true }, { kind: 'text', text: 'What this page covers.' }, ...chapters]);
    // A word processor's Title style over Heading 1 chapters: each chapter is a part of the installation, each counted alone.
    expect(installSections(titled('Quick Start')).map(({ heading, steps }) => ({ heading, steps }))).toEqual([
      { heading: 'Quick Start', steps: 0 },
      { heading: 'A step-by-step example', steps: 3 },
      { heading: 'Remote repositories', steps: 0 },
    ]);
    expect(installSections(titled('Installing the Corvid Plug-in')).map(({ heading }) => heading)).toEqual(['Installing the Corvid Plug-in', 'A step-by-step example', 'Remote repositories']);
    // A whole guide's title is not about installing alone.
    expect(installSections(titled('Corvid Plug-in Installation Guide'))).toEqual([]);
  });

  it.each([
    ['Copy the file corvid-vasa.jar into the folder /opt/vmware/vpxd/plugins.', 'copy'],
    ['Move the extracted velero binary to somewhere in your $PATH (/usr/local/bin for most users).', 'copy'],
    ['cd installer && cp ../helm/values.yaml ./my-settings.yaml', 'copy'],
    ['2. # scp corvid.cfg root@esxi01:/etc/corvid/', 'copy'],
    ['Place the corvid-provider.jar in the lib directory of the VASA provider.', 'copy'],
    ['Edit the helm/secret.yaml file and replace the user name and password.', 'edit'],
    ['Open /etc/corvid/array.conf and change management_ip.', 'edit'],
    ['# vi /etc/vmware/corvid/corvid-offload.cfg', 'edit'],
    ['In order to tune these values, edit the config map with kubectl edit configmap corvid-config.', 'edit'],
    ['The configuration file is by default located at /etc/corvid.conf.', 'edit'],
    ['Download the offline bundle and copy it to /vmfs/volumes/datastore1.', undefined],
    ['scp corvid-nas-plugin-3.2.1.zip root@esxi01:/tmp/', undefined],
    ['Copy the license key from the e-mail into the License field.', undefined],
    ['Copy the URL of the array console into your browser.', undefined],
    ['In the vSphere Client, edit the plugin settings and click Save.', undefined],
    // The file named up to 80 characters after the verb: "replace X with Y in the A and B YAMLs".
    ['To use another release, replace canary with the release version in the controller and node plugin YAMLs.', 'edit'],
    ['Format the datastore with a file system of your choice.', undefined],
    // A verb after "is" that asks, not a passive that describes.
    ['All you need to do is copy corvid.conf to /etc/corvid.', 'copy'],
    ['The next step is edit the corvid.conf file.', 'edit'],
    ['The settings are put in /etc/corvid by the installer.', undefined],
    // A manifest or a backup saved to apply or keep, not a configuration written by hand.
    ['Save it as storageclass.yaml and apply it with kubectl.', undefined],
    ['Then save it to backup.json.', undefined],
    ['Here is a sample, create it in conf/zoo.cfg.', 'edit'],
    ['Create an empty configuration file named corvid.conf.', 'edit'],
    ['Create your own new settings file.', 'edit'],
    ['Run the installer on each host.', undefined],
    // A configuration page's own words for editing: the changes to make, in the file named after them.
    ['Make the following changes on the volume node /etc/corvid/corvid.conf file.', 'edit'],
    ['Make these changes to the corvid.cfg of each host.', 'edit'],
    ['Make the following changes in the vSphere Client and click Save.', undefined],
    ['Make the changes below to /etc/corvid/corvid.conf.', 'edit'],
    // Changes made to no file, or a file named only after them, are no edit.
    ['Do not make changes to the host while the files are copied.', undefined],
    ['Make these changes before you copy the files to the host.', undefined],
    ['Make the following changes in the vSphere Client, then upload the support files.', undefined],
    // An edit forbidden or not needed is no step; a negation elsewhere in the sentence is.
    ['You do not need to edit the configuration file; the installer writes it.', undefined],
    ["You don't need to edit corvid.conf.", undefined],
    ['Do not modify the configuration file by hand.', undefined],
    ['Never edit /etc/corvid/corvid.conf while the service runs.', undefined],
    ['If you do not use the default port, edit /etc/corvid/corvid.conf.', 'edit'],
    // A directory named like a configuration file is not one.
    ['Edit the permissions of the /etc/corvid/agent.conf.d directory.', undefined],
    ['Edit /etc/corvid/agent.conf.', 'edit'],
    // Code installed or unpacked by hand into a path of the host software is a copy; installing into a product, or unpacking anywhere, is not.
    ['Optional you can download the latest version here and install the decompressed code in your projects directory under app/code/Corvid/NasPlugin.', 'copy'],
    ['Unpack the archive into plugins/corvid of the vCenter appliance.', 'copy'],
    ['Install the plugin in vCenter from the Corvid menu.', undefined],
    ['Extract the archive to a temporary folder.', undefined],
  ])('reads "%s" as %s', (sentence, kind) => {
    expect(manualStepIn(sentence)).toBe(kind);
  });

  it('gives each manual step the line where its block starts, and passes over debugging sections', () => {
    const guide = markdown('# Guide\n\n## Installing\n\nRun the installer.\n\nThen copy corvid.jar to /opt/corvid/lib.\n\n## Debug Logging\n\nEdit /etc/corvid.conf and set level=debug.\n');
    expect(manualSteps(guide).map(({ kind, line, text }) => ({ kind, line, text }))).toEqual([{ kind: 'copy', line: 7, text: 'Then copy corvid.jar to /opt/corvid/lib.' }]);
  });

  it('reads a sentence hard-wrapped over several lines as one sentence, at the line where it starts', () => {
    const guide = markdown(
      '# Guide\n\n## Deploying\n\nRun the installer.\n\n**NOTE:**\nTo use another release, replace canary with the\nrelease version in the\n[controller](deploy/controller.yaml)\nand node plugin YAMLs.\n\nThe file\nformat is described in the reference.\n',
    );
    expect(manualSteps(guide).map(({ kind, line, text }) => ({ kind, line, text }))).toEqual([
      { kind: 'edit', line: 7, text: 'To use another release, replace canary with the release version in the controller and node plugin YAMLs.' },
    ]);
  });

  it('reads deeply nested sections about installing in one pass (a hang guard)', () => {
    const blocks: Block[] = Array.from({ length: 20_000 }, (_, index): Block[] => [
      { kind: 'heading', level: index + 1, text: `Installation ${index}`, line: 2 * index + 1 },
      { kind: 'text', text: 'Edit the file corvid.conf.', line: 2 * index + 2 },
    ]).flat();
    const guide = buildDocument(blocks);
    const started = Date.now();
    expect(installSections(guide)).toHaveLength(20_000);
    expect(manualSteps(guide)).toHaveLength(20_000);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
