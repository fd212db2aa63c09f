import type { Evidence } from '../../src/engine/rule.js';
import { GUIDE_SECTIONS, lineOf, markdown, ownPath, sectionsWith, SUPPORT_SECTIONS, withMarkdown, type OwnSection } from './own-documents.js';
import type { Case, InvalidCase } from './rule-tester.js';

/**
 * Documents worded as real partners word them, which headings alone misjudge: sections that
 * cover a topic under a heading no list of words foresees (valid cases), and sections whose
 * heading or passing words look like the topic but do not cover it (invalid cases, whose
 * finding names the closest candidate and why it fell short).
 */

const GUIDE = 'Corvid NAS Plugin 3.2.1 Installation and Configuration Guide';
const SUPPORT = 'Corvid Support Process for Corvid NAS Plugin';

/** A guide with the topic's own section replaced by `section` (nothing when undefined). */
function guide(without: string, section?: OwnSection): string {
  return markdown(GUIDE, sectionsWith(GUIDE_SECTIONS, [without], section ? [section] : []));
}

/** A support process with the topic's own section replaced by `section`, and its sections changed by `change`. */
function support(without: string, section?: OwnSection, change?: (sections: OwnSection[]) => OwnSection[]): string {
  const sections = sectionsWith(SUPPORT_SECTIONS, [without], section ? [section] : []);
  return markdown(SUPPORT, change ? change(sections) : sections);
}

/** A valid case: the guide covers the topic under another wording. */
const covers = (name: string, role: 'install-guide' | 'support', text: string): Case => ({ name, changes: withMarkdown(role, text) });

/** An invalid case: the topic is judged absent, and the finding's evidence names the closest section. */
function missing(name: string, role: 'install-guide' | 'support', text: string, closest: Omit<Evidence, 'path' | 'line' | 'needed'> & { heading: string }): InvalidCase {
  return {
    name,
    changes: withMarkdown(role, text),
    findings: [{ messageId: 'missing', location: { path: ownPath(role) }, evidence: { closest: { path: ownPath(role), heading: closest.heading, line: lineOf(text, closest.heading), score: closest.score!, needed: 3, found: closest.found!, shortfall: closest.shortfall! } } }],
  };
}

const NOTES_TITLE = 'Corvid NAS Plugin 3.2.1 Release Notes';
const CURRENT = 'Version 3.2.1 (build 4471), 2026-10-15';
const EARLIER = '## Release History\n\n### Version 3.2.0 (build 4410), 2026-07-02\n\n#### Fixed Issues\n\n- Clones of thin disks no longer fail.\n';

/** Release notes of our own: the current version's parts, then what follows them (a history, a sentence). */
function notes(parts: readonly OwnSection[], after = EARLIER): string {
  return [`# ${NOTES_TITLE}`, '', `## ${CURRENT}`, '', ...parts.flatMap(([heading, body]) => [`### ${heading}`, '', body, '']), after].join('\n');
}

const FIXED: OwnSection = ['Fixed Issues', '- Offloaded clones of thin disks no longer fail on NFS 4.1 datastores.'];
const KNOWN: OwnSection = ['Known Issues', '- Space reclamation is not offloaded on NFS 3 datastores.'];
const ADDED: OwnSection = ["What's New", '- Support for ESXi 8.0 Update 2.'];

/** A case on release notes of our own. */
const notesCase = (name: string, text: string) => ({ name, changes: withMarkdown('release-notes', text) });

export const WORDINGS: Readonly<Record<string, { readonly valid: readonly Case[]; readonly invalid: readonly InvalidCase[] }>> = {
  'install-guide/supported-configurations': {
    valid: [
      covers('finds "Device Types and Versions" listing the supported models and versions', 'install-guide', guide('configurations', ['2.1 Device Types and Versions', '| Array | Corvid OS | ESXi |\n|---|---|---|\n| C200 | 5.4, 6.0 | 7.0 U3, 8.0 U2 |\n| C400 | 6.1 | 8.0 U2 |'])),
      covers('finds the distributions "we aim to support" listed, and a platform "and later"', 'install-guide', guide('configurations', ['Distribution support', 'Currently we aim to support the following distributions by testing them regularly:\n\n- Red Hat Enterprise Linux 9\n- SUSE Linux Enterprise Server 15\n\nThe agent supports Windows Server 2019 and later.'])),
      covers('finds directions "tested with" a platform\'s version', 'install-guide', guide('configurations', ['Introduction', 'This guide was written for a standard Rocky Linux host. These directions were tested with Corvid OS 6.1 and ESXi 8.0 U2.'])),
      covers('finds a requirements table whose row gives a platform\'s compatibility version ("Corvid OpenStack compatibility 8.0")', 'install-guide', guide('configurations', ['1.2 Requirements', 'Requirement Version\nCorvid OpenStack compatibility 8.0\nA running Corvid Swift cluster All versions'])),
      covers('finds "Operating Environment Requirements"', 'install-guide', guide('configurations', ['Operating Environment Requirements', 'The plugin runs on ESXi 7.0 U3 and 8.0 U2 hosts attached to Corvid arrays running Corvid OS 5.4 to 6.1.'])),
      covers('finds the environments the product "can run on", named in an overview', 'install-guide', guide('configurations', ['Overview', 'The Corvid containers can run on different environments including: Standalone Docker, OpenShift Enterprise, Kubernetes 1.2.X.'])),
      covers('finds "Certified Configurations"', 'install-guide', guide('configurations', ['Certified Configurations', 'Certified with ESXi 8.0 U2 and Corvid OS 6.1 on C200 and C400 arrays over NFS 4.1.'])),
      covers('finds a range of versions stated as supported under "ESXi Version"', 'install-guide', guide('configurations', ['ESXi Version', 'ESXi versions **7.0 U3** through **8.0 U3** are supported.'])),
      covers('finds what "this release supports" listed under "Product Overview"', 'install-guide', guide('configurations', ['Product Overview', 'The Corvid NAS Plugin offloads clones and snapshots to Corvid arrays. This release of the plugin supports:\n\n- ESXi 7.0 U3 and 8.0 U2\n- Corvid OS 5.4, 6.0 and 6.1'])),
      covers('finds a minimum platform version stated as a requirement ("Requires vCenter 8.0+")', 'install-guide', guide('configurations', ['Deploying with vSphere Auto Deploy', 'Requires vCenter 8.0+\n\nAdd the offline bundle to the software depot of the Auto Deploy rule that provisions the hosts.'])),
      covers('finds a platform version floor in a requirements list ("Kubernetes Version >= 1.20")', 'install-guide', guide('configurations', ['Before You Begin', '* Kubernetes Version >= 1.20\n* The `--allow-privileged=true` flag on the API server'])),
      covers('finds what the plugin "is currently only compatible with" under "Requirements"', 'install-guide', guide('configurations', ['Requirements', 'The Corvid plugin is currently only compatible with Corvid OS 6.1 and ESXi 8.0 U2.'])),
      covers('finds the operating systems it "is primarily supported on"', 'install-guide', guide('configurations', ['Getting started on Unix', 'The Corvid agent is primarily supported on Debian or derivatives thereof. Other Unix-like systems may need their dependencies built by hand.'])),
      covers('finds "Supported Platforms" over a list of operating systems, by name', 'install-guide', guide('configurations', ['Supported Platforms', '- Ubuntu Server 22.04 LTS\n- Rocky Linux 9\n- SUSE Linux Enterprise Server 15 SP5'])),
      covers('finds a "Supported Combo:" label over the platforms and their versions', 'install-guide', guide('configurations', ['Corvid Storage Manager', 'Version: 2.1.0-336\n\nSupported Combo: OS: Ubuntu Server 22.04 / Rocky Linux 9; Ceph: Quincy / Reef; OpenStack: Zed / Antelope'])),
    ],
    invalid: [
      missing('does not take "backward-compatibility: 2.0" of configuration files for the supported configurations', 'install-guide', guide('configurations', ['Upgrading', 'The agent keeps backward-compatibility: 2.0 configuration files load unchanged.']), {
        heading: 'Prerequisites',
        score: 2,
        found: ['words: array, esxi', 'lists 2 versions'],
        shortfall: "its text uses a few of the topic's words, but no heading names the topic and no sentence covers it",
      }),
      missing('does not take "Browser Compatibility" for the supported configurations', 'install-guide', guide('configurations', ['Browser Compatibility', 'The array console works in Chrome 120 and Firefox 115 or later.']), {
        heading: 'Browser Compatibility',
        score: 1,
        found: ['words: array'],
        shortfall: 'its heading speaks of "browser", another topic',
      }),
      missing('does not take a build tool the source "is now compatible with", nor a feature "also supported on" a system, for the supported configurations', 'install-guide', guide('configurations', ['Building from Source', 'The Makefile is now compatible with Automake 1.16.5. Syslog output is also supported on FreeBSD.']), {
        heading: 'Prerequisites',
        score: 2,
        found: ['words: array, esxi', 'lists 2 versions'],
        shortfall: "its text uses a few of the topic's words, but no heading names the topic and no sentence covers it",
      }),
    ],
  },
  'install-guide/prerequisites': {
    valid: [
      covers('finds "Verify that open-iscsi is installed on every node" under a preparation heading of no list', 'install-guide', guide('prerequisites', ['Node Setup', 'Verify that open-iscsi is installed on every node, and that the iscsid service is enabled.'])),
      covers('finds "Before You Install" whose text requires ESXi 7.0 U3 or later', 'install-guide', guide('prerequisites', ['Before You Install', 'The plugin requires ESXi 7.0 U3 or later and Corvid OS 5.4 on the array.'])),
      covers('finds what a method requires to be there first ("requires a working cert-manager deployment", "requires the openssl program")', 'install-guide', guide('prerequisites', ['Provision the Certificates', 'This method requires a working cert-manager deployment in your cluster. The other method requires the `openssl` program on the command line of the workstation.'])),
      covers('finds "Preparing Your Environment"', 'install-guide', guide('prerequisites', ['Preparing Your Environment', 'Make sure that every host runs ESXi 7.0 U3 or later and that the array management network is reachable from vCenter.'])),
      covers('finds "Ensure that … is running … or later" under an installation heading', 'install-guide', guide('prerequisites', ['Installing with the CLI', 'Ensure that your hosts are running ESXi 7.0 U3 or later before installing Corvid NAS Plugin 3.2.1.'])),
      covers('finds "You will need … 1.21+" in an overview', 'install-guide', guide('prerequisites', ['Overview', 'You will need PowerCLI 13.1+ and Python 3.10 or later on the workstation that runs the installer.'])),
      // A platform minimum stated inside an installation section, with no "requires" or "you need".
      covers('finds the platforms a package installs on, each "… or later", under an installation heading', 'install-guide', guide('prerequisites', ['Installing the Tools', 'The command-line tools are packaged for:\n\n- Windows Server 2019 or later, 64-bit (MSI installer)\n- Red Hat Enterprise Linux 8 or later (RPM package)'])),
      covers('finds "If you have PowerCLI 13.1 or newer, …" before building from source', 'install-guide', guide('prerequisites', ['Building From Source', 'If you have PowerCLI 13.1 or newer, you may build the installer yourself from the public repository:\n\n    ./build.ps1 -Target offline-bundle'])),
      // A heading that names the prerequisites over a list of what is needed, by name only: the list is what the heading names.
      covers('finds "Dependencies" over a list of package names', 'install-guide', guide('prerequisites', ['Dependencies', '- gcc\n- make\n- cmake\n- kernel headers (for the corvid-uio driver)'])),
      // A document that styles no heading there sets a title on a line of its own (a Word paragraph in bold at the body size).
      covers('finds a line of a few words standing as a title ("Server Requirements") over what is required', 'install-guide', guide('prerequisites', ['Deployment', 'Server Requirements\n\nWindows Server 2019 minimum, SQL Server 2019 minimum.\n\nCreate a database called CORVID on the SQL server.'])),
      covers('finds "Requirements" over a list of packages with their versions', 'install-guide', guide('prerequisites', ['Requirements', '* Python 3.10\n* PowerCLI 13.1\n* pyVmomi 8.0.2']))
    ],
    invalid: [
      missing('does not take a step that "requires you to download the package" or an upgrade that "requires a reboot after the package is applied" for the prerequisites', 'install-guide', guide('prerequisites', ['Applying the Update', 'This step requires you to download the package. The upgrade requires a reboot after the package is applied.']), {
        // Closer than the update step: the supported versions, which fall short too.
        heading: 'Supported Configurations',
        score: 2,
        found: ['words: running', 'lists 5 versions'],
        shortfall: "its text uses a few of the topic's words, but no heading names the topic and no sentence covers it",
      }),
      missing('does not take "you\'ll need to update…", an instruction, for the prerequisites', 'install-guide', guide('prerequisites', ['Restoring to Another Site', "After a restore to another site, you'll need to update the DNS alias of the array management address."]), {
        // Closer than the instruction, which scores 1 (words: need): the supported versions, which fall short too.
        heading: 'Supported Configurations',
        score: 2,
        found: ['words: running', 'lists 5 versions'],
        shortfall: "its text uses a few of the topic's words, but no heading names the topic and no sentence covers it",
      }),
      // A heading over a sentence that only sends the reader to another page covers nothing itself.
      missing('does not take a "Pre-requisites" heading over only a pointer to another page', 'install-guide', guide('prerequisites', ['Pre-requisites', 'Make sure to perform the prerequisite steps described on the [Corvid NAS preparation page](https://docs.corvid.example/nas/prepare) before installing the plugin.']), {
        heading: 'Pre-requisites',
        score: 0,
        found: ['heading "Pre-requisites"'],
        shortfall: 'only points elsewhere ("Make sure to perform the prerequisite steps described on the Corvid NAS prepara…")',
      }),
      // Sentences are no list of names, however short: the heading still needs its text to speak of the topic.
      missing('does not take "Dependencies" over short sentences that say nothing of what is needed', 'install-guide', guide('prerequisites', ['Dependencies', '- None listed here yet.\n- See the wiki first.\n- Ask the team.\n- More to come.']), {
        heading: 'Dependencies',
        score: 2,
        found: ['heading "Dependencies"'],
        shortfall: 'its heading names the topic but its text does not speak of it (none of: require, need, must, minimum…)',
      }),
      // Placeholders are no names: "Dependencies" over "Coming soon" lists nothing.
      missing('does not take "Dependencies" over a list of placeholders for a list of names', 'install-guide', guide('prerequisites', ['Dependencies', '- Coming soon\n- TBD\n- Ask the team']), {
        heading: 'Dependencies',
        score: 2,
        found: ['heading "Dependencies"'],
        shortfall: 'its heading names the topic but its text does not speak of it (none of: require, need, must, minimum…)',
      }),
      missing('does not take "License Requirements" for the prerequisites', 'install-guide', guide('prerequisites', ['License Requirements', 'A Corvid NAS license is required on the array; the plugin itself needs none.']), {
        heading: 'License Requirements',
        score: 1,
        found: ['words: require, need'],
        shortfall: 'its heading speaks of "license", another topic',
      }),
    ],
  },
  'install-guide/initial-configuration': {
    valid: [
      // Configuration given as a parameter table (Markdown and HTML tables keep their cells apart with "|"), under no configuration heading.
      covers('finds a table of the plugin\'s options with their defaults', 'install-guide', guide('initialConfig', ['Plugin Options', 'Available options:\n\n| Option | Default | Description |\n|---|---|---|\n| `--array-address` | none | Management address of the Corvid array |\n| `--nfs-version` | 4.1 | NFS version of the datastores |'])),
      // Configuration given as a file made from the sample shipped, to edit.
      covers('finds "make a copy of `corvid_example.py` named `corvid.py`" to edit', 'install-guide', guide('initialConfig', ['Local Settings', 'Move into the agent directory and make a copy of `corvid_example.py` named `corvid.py`. Open `corvid.py` with your editor and set the array address.'])),
      // Configuration given as a file to write.
      covers('finds "Create a configuration file that holds the details to connect to the array"', 'install-guide', guide('initialConfig', ['Connection File', 'Create a configuration file that holds the details to connect to the array:\n\n    [array]\n    address = 192.0.2.10\n    user = vaai-plugin'])),
      // The file the manual-steps rule reports as an edit is the configuration this rule looks for: the two read one pattern.
      covers('finds "Create a credentials file" for the array account', 'install-guide', guide('initialConfig', ['Array Account', 'Create a credentials file that holds the user name and password of the array account.'])),
      // A configuration page's own words: the file to edit and the settings to put in it.
      covers('finds "Make the following changes on the volume node /etc/block/block.conf file" under a heading naming the protocol', 'install-guide', guide('initialConfig', ['NFS Back End', 'You must set these items for each Corvid array:\n\n1. Make the following changes on the volume node /etc/block/block.conf file.\n\n        nas_host = 192.0.2.10\n        nas_share_path = pool1/block\n\n2. Restart the block-volume service.'])),
      covers('finds the configuration fields to fill in the web UI', 'install-guide', guide('initialConfig', ['Set Up the Environment', '1. In the Networks tab, select the Corvid NFS checkbox.\n2. In the Corvid tab, fill in the array configuration fields: address, user and export path.\n3. Click Save settings.'])),
      covers('finds the ways to pass credentials to the driver', 'install-guide', guide('initialConfig', ['Set up driver permissions', 'The driver needs an account on the array to manage volumes. There are several options to pass credentials to the Corvid CSI driver: a Kubernetes secret named in the Helm values, or a workload identity bound to its service account.'])),
    ],
    invalid: [
      // A table of what a command's flags do is its usage, no configuration: a setting's table gives the values it takes (its default, whether it is required).
      missing('does not take a table of a command\'s flags ("Option | Description") for the initial configuration', 'install-guide', guide('initialConfig', ['List of flags', 'Run `corvid-cli rescan` with these flags:\n\n| Option | Description |\n|---|---|\n| `--host` | The host to rescan |\n| `--quiet` | Print nothing |']), {
        // Closer than the flags: the prerequisites, which name the array and fall short too.
        heading: 'Prerequisites',
        score: 1,
        found: ['words: array'],
        shortfall: "its text uses a few of the topic's words, but no heading names the topic and no sentence covers it",
      }),
      missing('does not take "After Installation" over steps that only open the plugin\'s screen for the initial configuration', 'install-guide', guide('initialConfig', ['After Installation', 'After installation you can follow these steps to open the Corvid dashboard:\n\n1. Log in to the vSphere Client.\n2. Open the Menu from the top bar.\n3. In the Plugins category click on Corvid Dashboard.\n4. The Corvid Dashboard will open.']), {
        heading: 'After Installation',
        score: 2,
        found: ['heading "After Installation"'],
        shortfall: 'its heading names the topic but its text does not speak of it (none of: configure, register, connect, array…)',
      }),
    ],
  },
  'install-guide/proof-case': {
    valid: [
      covers('finds "Typical Scenario Configuration"', 'install-guide', guide('proofCase', ['Typical Scenario Configuration', 'One ESXi 8.0 host and one Corvid C200 array with default hardening: create a virtual machine on an NFS 4.1 datastore, clone it and take a snapshot; the array must offload each operation.'])),
      covers('finds a demonstration set up to verify the deployment, under the heading of the guide\'s use', 'install-guide', guide('proofCase', ['Using the Plugin', 'The following is a demonstration vSphere setup that can be followed to verify the Corvid offloads of your deployment are operating as intended: one host, one array, two virtual machines.'])),
      covers('finds "Demonstration Setup"', 'install-guide', guide('proofCase', ['Demonstration Setup', 'Launch two virtual machines on one host and one Corvid array, clone one, take a snapshot of the other, and check both finish offloaded.'])),
      covers('finds "Validation Test Bed"', 'install-guide', guide('proofCase', ['Validation Test Bed', 'A single ESXi 8.0 host, a hardened Corvid C200 array and one datastore exercise every function of the plugin: clone, snapshot and space reclamation.'])),
      covers('finds a verification section showing a healthy installation ("Verify that … Has Been Installed Successfully")', 'install-guide', guide('proofCase', ['Verify that the Plugin Has Been Installed Successfully', 'On each host, `esxcli software vib list` shows the corvid-nas-plugin VIB as installed, and `esxcli storage nfs list` shows the datastore as Accessible and Mounted.'])),
      covers('finds a check that the plugin "runs correctly" after its start', 'install-guide', guide('proofCase', ['Checking that the Plugin Runs Correctly', 'Start the agent, then run `corvid-nas status` on each host: every datastore should be listed as mounted and offloaded.'])),
      covers('finds "Verifying the Deployment on the Hosts"', 'install-guide', guide('proofCase', ['Verifying the Deployment on the Hosts', 'After the last host rebooted, check that the VAAI-NAS offload is active: `vmkfstools -Ph /vmfs/volumes/corvid-ds1` reports NAS VAAI Supported: YES.'])),
      covers('finds "Sanity Checks" showing what a healthy installation looks like', 'install-guide', guide('proofCase', ['Sanity Checks', 'After installing, every host should list the plugin as running:\n\n    esxcli corvid status\n    corvid-nas-plugin  3.2.1  running  healthy\n\nAnything else than running means the installation is not healthy.'])),
      covers('finds "Once the plugin has been deployed, verify the pods are running" with the command', 'install-guide', guide('proofCase', ['Deploy the plugin', 'Apply the release manifests with `kubectl apply -k corvid/deploy`.\n\nOnce the plugin has been deployed, verify the pods are running:\n\n    kubectl get pods -n kube-system -l app=corvid-csi'])),
    ],
    invalid: [
      // A line of four words or more is a sentence's worth, no title: "Test Builds on GitHub" names no test of the installation.
      missing('does not take a line "Test builds on GitHub" for a title naming a test', 'install-guide', guide('proofCase', ['Downloads', 'Release builds are on the download page.\n\nTest builds on GitHub\n\nThe test builds of every commit are published as GitHub releases of the corvid-test-builds repository.']), {
        // Closer than the downloads: the installation's steps on a host, which fall short too.
        heading: 'Installing the Plugin',
        score: 2,
        found: ['words: host', 'gives 3 steps'],
        shortfall: "its text uses a few of the topic's words, but no heading names the topic and no sentence covers it",
      }),
      missing('does not take the headings of sub-sections holding only placeholders for the checks they name', 'install-guide', guide('proofCase', ['Testing the Installation', 'Follow the sections below in order, one after the other.\n\n### Verify the Services Are Running\n\nTBD\n\n### Check the Health of the Cluster\n\n[To be written]']), {
        heading: 'Testing the Installation',
        score: 2,
        found: ['heading "Testing the Installation"'],
        shortfall: 'its heading names the topic but its text does not speak of it (none of: test, verify, validate, confirm…)',
      }),
      missing('does not take checks that a prerequisite is installed or that the controller runs, in a diagnosis, for the proof case', 'install-guide', guide('proofCase', ['Checking the Nodes', 'Make sure open-iscsi is installed and check that iscsid is running. If the pod is not deployed, check whether the controller is running.']), {
        // Closer than the checks: the installation steps, which fall short too.
        heading: 'Installing the Plugin',
        score: 2,
        found: ['words: host', 'gives 3 steps'],
        shortfall: "its text uses a few of the topic's words, but no heading names the topic and no sentence covers it",
      }),
      missing('does not take "A/B Testing" of two storefront designs for the proof case', 'install-guide', guide('proofCase', ['A/B Testing', 'To compare two checkout designs, create a second variant with a third-party service, send half of the visitors to it and compare how many complete the order.']), {
        heading: 'A/B Testing',
        score: 1,
        found: ['words: create'],
        shortfall: 'its heading speaks of "a/b testing", another topic',
      }),
      missing('does not take a diagnosis "If the Agent Is Not Working Correctly" for the proof case', 'install-guide', guide('proofCase', ['If the Agent Is Not Working Correctly', 'Restart it with `corvid-nas restart`; if it still fails, send the output of `corvid-nas support-bundle` to Corvid support.']), {
        heading: 'If the Agent Is Not Working Correctly',
        score: 0,
        found: [],
        shortfall: 'its heading speaks of "not working", another topic',
      }),
      missing('does not take "Sample Configuration File" for the proof case', 'install-guide', guide('proofCase', ['Sample Configuration File', '    server = array01.corvid.example\n    export = /vol/datastore1\n    protocol = nfs4']), {
        heading: 'Sample Configuration File',
        score: 0,
        found: [],
        shortfall: 'its heading speaks of "configuration file", another topic',
      }),
    ],
  },
  'install-guide/encryption': {
    valid: [
      covers('finds a section saying the API "uses HTTPS"', 'install-guide', guide('encryption', ['Communication with the Array', 'The plugin manages the array through its REST API, which uses HTTPS.'])),
      covers('finds that volumes use LUKS2 for their encryption', 'install-guide', guide('encryption', ['Installing cryptsetup', 'cryptsetup sets up dm-crypt devices; the plugin uses LUKS2, the standard format of Linux disk encryption, to support volume encryption.\n\n    apt-get install cryptsetup'])),
      covers('finds that the array "can be managed via an HTTPS connection" among the driver settings', 'install-guide', guide('encryption', ['Driver Settings', 'Verify that the array can be managed via an HTTPS connection, then set `use_ssl = true` in the back-end section; it defaults to false.'])),
      covers('finds the TLS settings of the connection to vCenter in a parameter list', 'install-guide', guide('encryption', ['vCenter Connection Settings', '- `ca-file`: the path of the vCenter CA certificate in PEM format.\n- `thumbprint`: the certificate thumbprint, used when no ca-file is given.\n- `insecure-flag`: true only for a self-signed certificate.\n- `port`: 443 unless changed.'])),
    ],
    invalid: [
      missing('does not take "Security Considerations" about account roles for encryption', 'install-guide', guide('encryption', ['Security Considerations', "Create a dedicated vCenter role with the Datastore and Host privileges for the plugin's service account, and do not reuse the administrator account."]), {
        heading: 'Security Considerations',
        score: 2,
        found: ['heading "Security Considerations"'],
        shortfall: 'its heading names the topic but its text does not speak of it (none of: encrypt, decrypt, tls, ssl…)',
      }),
      missing('does not take passing mentions of encryption (a condition, a feature list) for a statement of it', 'install-guide', guide('encryption', ['Datastore Layout', '- Offloaded clones and snapshots\n- Space reclamation\n- Volume protection (including encryption) from the array console\n\nIf encryption is enabled on the array (encryptedVolumes: true), reserve 5% more space on each datastore.']), {
        heading: 'Datastore Layout',
        score: 1,
        found: ['words: encrypt'],
        shortfall: "its text uses a few of the topic's words, but no heading names the topic and no sentence covers it",
      }),
      {
        name: 'does not take "TL;DR" or the https:// of a URL for encryption',
        changes: withMarkdown('install-guide', guide('encryption', ['TL;DR', 'Get the scripts with `git clone https://github.com/corvid/nas-tools.git` and run `./install.sh` on each host.'])),
        findings: [{ messageId: 'missing', location: { path: ownPath('install-guide') }, evidence: { closest: null } }],
      },
      missing('does not take a heading over "TBD" for encryption', 'install-guide', guide('encryption', ['Encryption', 'TBD']), {
        heading: 'Encryption',
        score: 0,
        found: ['heading "Encryption"'],
        shortfall: 'holds placeholder text ("TBD")',
      }),
    ],
  },
  'install-guide/licensing': {
    valid: [],
    invalid: [
      missing('does not take "Step 1: Accept the License Agreement" for the licensing assumptions', 'install-guide', guide('licensing', ['Step 1: Accept the License Agreement', 'Read the End User License Agreement that the installer shows, and click Accept to continue.']), {
        heading: 'Step 1: Accept the License Agreement',
        score: 1,
        found: ['words: license'],
        shortfall: 'its heading speaks of "license agreement", another topic',
      }),
    ],
  },
  'install-guide/troubleshooting': {
    valid: [
      covers('finds "Error Codes and Remedies"', 'install-guide', guide('troubleshooting', ['Error Codes and Remedies', '- CVD-1042 "Export not found": check that the export exists on the array.\n- CVD-2001 "Offload refused": upgrade Corvid OS to 6.1.'])),
      covers('finds a diagnosis that says which symptom sends you to which logs', 'install-guide', guide('troubleshooting', ['Health Checks', 'List the plugin services with `esxcli corvid status`. If any service shows anything but running, inspect the logs of that service in /var/log/corvid and restart it.'])),
      covers('finds a FAQ whose questions, its sub-headings, name the problems its answers settle', 'install-guide', guide('troubleshooting', ['Frequently Asked Questions', '### The array lists the datastore as unreachable - is that a problem?\n\nNo, this is expected while the host mounts it; the array shows it reachable a minute later.\n\n### Why do clones take longer on thin disks?\n\nThin disks are copied block by block, as the array allocates them.'])),
      covers('finds questions and answers about error messages', 'install-guide', guide('troubleshooting', ['Questions and Answers', 'Q: The installation stops with the error "VIB acceptance level too low". What should I do?\nA: Set the host acceptance level to PartnerSupported and install again.'])),
      covers('finds a chapter of the problems of a phase ("8. Installation Problems")', 'install-guide', guide('troubleshooting', ['8. Installation Problems', 'If the installer stops with "Failed to create database", check that the SQL Server instance accepts TCP/IP connections and run it again.'])),
    ],
    invalid: [
      missing('does not take a "Troubleshooting" heading whose text is only about log levels', 'install-guide', guide('troubleshooting', ['Troubleshooting', 'The plugin logs at INFO level by default. To examine problems with offloads, raise the logger to DEBUG with `esxcli corvid log set --level debug`; debug logs show each request and the error the array returned. Set the logger back to INFO afterwards.']), {
        heading: 'Troubleshooting',
        score: 2,
        found: ['heading "Troubleshooting"'],
        shortfall: 'its heading names the topic but its text speaks of another topic (log, logger, debug) rather than of this one (error, problem)',
      }),
    ],
  },
  'support/logs': {
    valid: [
      covers('finds "Export System Logs"', 'support', support('logs', ['Export System Logs', 'In the array console, open Support > Export System Logs, download the archive and attach it to the case.'])),
      covers('finds a failure case whose steps get the pod logs with `kubectl logs`', 'support', support('logs', ['case#1: clone offload failed', '- find the plugin controller pod\n\n```\nkubectl get po -n corvid\n```\n\n- get pod description and logs\n\n```\nkubectl logs corvid-controller-0 -c corvid -n corvid > corvid-controller.log\n```'])),
      covers('finds where the log files are (a Windows folder)', 'support', support('logs', ['Agent Diagnostics', 'The agent keeps its log files in C:\\ProgramData\\Corvid\\Logs on each server.'])),
    ],
    invalid: [
      {
        // The closest is the guide's installation, whose words (upload, bundle, run) and command outscore the ticket's "log file".
        name: 'does not take "a log file or error message, if applicable" among what a ticket gives for which logs and how to collect them',
        changes: withMarkdown('support', support('logs', ['Example tickets', 'When you create a ticket, provide the devices that have the issue, a description of the issue, and a log file or error message, if applicable.'])),
        findings: [
          {
            messageId: 'missing',
            location: { path: ownPath('support') },
            evidence: {
              closest: {
                path: 'corvid-nas-plugin-3.2.1-4471/corvid-nas-plugin-3.2.1-docs.zip!/Corvid_NAS_Plugin_Installation_and_Configuration_Guide.html',
                heading: 'Installing the Plugin',
                line: 24,
                score: 2,
                needed: 3,
                found: ['words: upload, bundle, run', 'shows a command'],
                shortfall: "its text uses a few of the topic's words, but no heading names the topic and no sentence covers it",
              },
            },
          },
        ],
      },
    ],
  },
  'support/information-to-gather': {
    valid: [
      covers('finds a failure case that appends the description of pods chosen by a label to a file (">>file")', 'support', support('gather', ['case#3: volume resize failed', '- save the controller pod description\n\n```\nkubectl describe pod -l app=corvid-controller -n corvid >>corvid-controller.txt\n```'])),
      covers('finds "Gathering diagnostics" with the logs and events to read', 'support', support('gather', ['Gathering diagnostics', 'Before changing anything, find out what the plugin is doing: list its pods, read the controller logs, and look at the events of the failing volume claim with kubectl describe pvc.'])),
      covers('finds a failure case whose commands save the pod description and logs to files', 'support', support('gather', ['case#2: volume mount failed', '- get the node pod description and logs\n\n```\nkubectl describe pod corvid-node-x2 -n corvid > corvid-node-description.log\nkubectl logs corvid-node-x2 -c corvid -n corvid > corvid-node.log\n```'])),
      covers('finds "be sure to include the following information" when reporting a problem', 'support', support('gather', ['Reporting problems to the list', 'When reporting a problem, be sure to include the following information: a summary of the problem, complete error messages, and the agent logging of the hour before.'])),
      covers('finds the output of commands to collect for a kind of problem', 'support', support('gather', ['Network connectivity issues', 'If the issue is isolated to one port, when contacting our office, please share the status of the port lights and via a console collect the output of the following commands after a clean reboot:\n\n```\ndmesg\nifconfig -m -v\n```'])),
      covers('finds "Include as much information as possible" in the guidelines for a ticket by e-mail', 'support', support('gather', ['Raising tickets by e-mail', '1. **Subject**: a clear subject line, such as "Unable to log in to the array console".\n2. **Details**: Include as much information as possible, especially:\n    - the steps you took to resolve the issue\n    - the serial number of the affected array'])),
      covers('finds guidelines that ask to "Provide details of which server you are using"', 'support', support('gather', ['Guidelines', '* Attach full logs to your e-mail instead of pasting them inline.\n* Provide details of which array you are using (its model and Corvid OS version) and of the hosts attached to it.'])),
      covers('finds the steps to reproduce a problem that a bug report must list', 'support', support('gather', ['Reporting a bug', 'Open an issue in the tracker with the steps to reproduce the problem, what you expected to happen and what happened instead.'])),
      covers('finds "Details to provide" over what a case must describe', 'support', support('gather', ['Details to provide', 'Give a detailed explanation of the issue: what you were doing when it occurred, the result you expected and the one you saw, and the plugin and Corvid OS versions of the hosts.'])),
      covers('finds "Support Data Collection" over what a ticket must hold', 'support', support('gather', ['Support Data Collection', 'To ease resolution, you will be asked for the ticket purpose, when the problem started, /etc/corvid/node.conf and /var/log/corvid/node.log.'])),
      covers('finds a heading written as a sentence that asks for "the specific information, listed below with your support request"', 'support', support('gather', ['To get the best support from our help desk ensure that you provide the specific information, listed below with your support request:', '- The version of the plugin that you are using.\n- A detailed description of the issue you are experiencing.\n- Screenshots of any error messages.'])),
      covers('finds "General Troubleshooting Information" with the support bundle a command builds', 'support', support('gather', ['General Troubleshooting Information', 'Run `corvid-cli support-bundle` to build a support bundle, which is an archive that contains:\n\n- the plugin and Corvid OS versions\n- the plugin logs of the last 7 days\n- the array configuration'])),
    ],
    invalid: [
      missing('does not take a kubectl command that saves a secret to a file, an installation step, for the information to gather', 'support', support('gather', ['Storing the Credentials', 'Save the array credentials for later:\n\n```\nkubectl get secret corvid-creds -n corvid -o yaml > secret.yaml\n```']), {
        heading: 'Storing the Credentials',
        score: 1,
        found: ['shows a command'],
        shortfall: "its text uses a few of the topic's words, but no heading names the topic and no sentence covers it",
      }),
      // An installation step that feeds a command's output to another is no report to send.
      missing('does not take "Supply the output of the previous command as the token", an installation step, for the information to gather', 'support', support('gather', ['Registering the Array', 'Supply the output of the previous command as the token when you register the array:\n\n```\ncorvid-cli token create\ncorvid-cli register --token <token>\n```']), {
        heading: 'Registering the Array',
        score: 1,
        found: ['words: output'],
        shortfall: "its text uses a few of the topic's words, but no heading names the topic and no sentence covers it",
      }),
      missing('does not take a chapter that provides "a detailed description of the configuration options", nor a heading "What to include in the backup", for the information to gather', 'support', support('gather', ['What to include in the backup', 'This chapter will provide a detailed description of the configuration options of the backup.']), {
        heading: 'What to include in the backup',
        score: 1,
        found: ['words: configuration, description'],
        shortfall: "its text uses a few of the topic's words, but no heading names the topic and no sentence covers it",
      }),
      // A heading of a few words is a title, not a sentence saying what to send.
      missing('does not read a short heading "Send information with your request" as a sentence asking for information', 'support', support('gather', ['Send information with your request', 'Open a case on the portal and name the plugin you run.']), {
        heading: 'Send information with your request',
        score: 1,
        found: ['words: name'],
        shortfall: "its text uses a few of the topic's words, but no heading names the topic and no sentence covers it",
      }),
      missing('does not take the word "screenshots" for the information to gather', 'support', support('gather', undefined, (sections) => sections.map(([heading, body]) => [heading, heading === 'Contacting Support' ? 'Open a case at https://support.corvid.example/cases with screenshots of the error, or call 1-800-555-0199.' : body])), {
        heading: 'Contacting Support',
        score: 1,
        found: ['words: screenshot, error'],
        shortfall: "its text uses a few of the topic's words, but no heading names the topic and no sentence covers it",
      }),
    ],
  },
  'support/entitlement': {
    valid: [
      covers('finds "customers with a valid … support contract" in a support statement', 'support', support('entitlement', ['Support Statement', 'Corvid supports the plugin for customers with a valid Corvid support contract on the array it connects to.'])),
      covers('finds that community support needs no contract', 'support', support('entitlement', ['Community Support', 'The plugin is open source with no paid support: anyone can open an issue, without a support contract.'])),
      covers('finds who is entitled by what they hold ("All users with a subscription get access to the customer portal")', 'support', support('entitlement', ['Commercial Support', 'Corvid offers enterprise support plans. All users with a subscription get access to the Corvid customer portal, which provides help with guaranteed response times.'])),
      covers('finds "Any account with a registered appliance can open tickets"', 'support', support('entitlement', ['Pro Support', 'Any account with a registered Corvid appliance can open tickets from its personal space on the Corvid portal: this is the only way to get pro support.'])),
    ],
    invalid: [
      missing('does not take logging in "with a registered administrator account" for the entitlement', 'support', support('entitlement', ['Registering the Plugin', 'Log in to vCenter with a registered administrator account and open the plugin page.']), {
        heading: 'Registering the Plugin',
        score: 1,
        found: ['words: account'],
        shortfall: "its text uses a few of the topic's words, but no heading names the topic and no sentence covers it",
      }),
      missing('does not take a serial number in a diagnostics list for the entitlement', 'support', support('entitlement', ['Diagnostics', '- the array serial number\n- the Corvid OS version\n- the vm-support bundle of the host']), {
        heading: 'Diagnostics',
        score: 1,
        found: ['words: serial, number'],
        shortfall: "its text uses a few of the topic's words, but no heading names the topic and no sentence covers it",
      }),
    ],
  },
  'release-notes/added': {
    valid: [
      // Changelogs made by tools tag each item by kind (restic's calens: "Enh #1436:", "Enhancement #1436:").
      notesCase('finds enhancements tagged by kind in a "Summary" part', notes([FIXED, KNOWN, ['Summary', '- Enh #1436: Detect old cache directories\n- Chg #1452: Do not save atime by default']])),
      notesCase('finds enhancements tagged by kind in a "Details" part', notes([FIXED, KNOWN, ['Details', '- Enhancement #1439: Cancellation shuts down cleanly.']])),
      // A Word PDF keeps its Wingdings bullet as a private-use character (U+F09F) before each item.
      notesCase('finds items a Word PDF marks with a Wingdings bullet', notes([FIXED, KNOWN, ['Other Changes', '\uF09F Add the LIN loader to the examples\n\uF09F Delete the old loader project']])),
      // Porter stems "added" to "ad", not "add": an item word counts in its past and -ing forms too.
      notesCase('finds items in the past tense ("Added a …") in a list of changes', notes([FIXED, KNOWN, ['Changes', '- Added a CSIDriver object named after the plugin.\n- Added tagging of datastores with the new --tag flag.']])),
      // An item may name its issue or its component before what it does.
      notesCase('finds items that open with an issue number before "Add"', notes([FIXED, KNOWN, ['Changes', '- #16212: Add the NQN type to the requirements\n- #1600 - #1602 - Add jitter to retried requests']])),
      notesCase('finds items that open with a component before "add"', notes([FIXED, KNOWN, ['Changes', '- filesystem df: add json output\n- (master) added expected chunk versions to syslog messages']])),
      // A word processor's PDF keeps its list marks as characters: round and square bullets, one per level.
      notesCase('finds items a word processor marks with "●" and "○"', notes([FIXED, KNOWN, ['General', '● Added buttons to open the export folder.\n○ Earlier exports stay where they are.\n● Removed the old replace option.']])),
      // An item that gives the product a capability says so by other verbs too (AMD's "1) Allow resource properties to be copied").
      notesCase('finds items that open with "Allow", "Enable", "Implement" or "Optimize"', notes([FIXED, KNOWN, ['V3.2 Changes', '1) Optimize performance of the datastore overview pane.\n2) Allow resource properties to be copied to the clipboard.']])),
      notesCase('finds items that open with "Enabled" or "Implemented"', notes([FIXED, KNOWN, ['Changes', '- Enabled thin provisioning of clones on NFS 4.1.\n- Implemented the XCOPY primitive for full-file clones.']])),
      // Chinese and Japanese items: no spaces part their words, their kind opens them, bare or in brackets (Welly's "[添加] 64位支持").
      notesCase('finds Chinese items tagged "[添加]" (added) and Japanese ones opening with "追加" (added)', notes([FIXED, KNOWN, ['更新内容', '[添加] 64位支持\n[修改] 修正了预览图片崩溃的bug\n- 追加:NFS 4.1のサポート']])),
      notesCase('finds Chinese and Japanese items after full-width marks ("１．新增…", "・追加…")', notes([FIXED, KNOWN, ['更新内容', '１．新增快照列表导出功能\n・追加：NFS 4.1のサポート']])),
    ],
    invalid: [
      {
        ...notesCase('does not take "Features Under Consideration" for what was added', notes([FIXED, KNOWN, ['Features Under Consideration', '- Offloaded space reclamation on NFS 3.']])),
        findings: [
          {
            messageId: 'missing',
            location: { path: ownPath('release-notes'), line: 3 },
            evidence: { closest: { path: ownPath('release-notes'), heading: 'Features Under Consideration', shortfall: 'speaks of "under consideration", not of this release' } },
          },
        ],
      },
      {
        // A longer word an item's word opens ("支持的操作系统", supported systems), an amount raised ("增加…至", increased to), a
        // Japanese "対応OS" (supported systems), the word alone as a label: none says what was added.
        ...notesCase('does not take Chinese and Japanese labels and raises that open with an item\'s word for items that were added', notes([FIXED, KNOWN, ['Notes', '支持的操作系统：Windows 10、Windows 11\n增加最大连接数至 1000\n対応OS：Windows 11\n新增']])),
        findings: [{ messageId: 'missing', location: { path: ownPath('release-notes'), line: 3 }, evidence: { closest: null } }],
      },
      {
        // Porter stems "added" to "ad", which a two-letter word keeps as it is: "AD" (Active Directory) opens no item of what was added.
        ...notesCase('does not take items about AD (Active Directory) for items that were added', notes([FIXED, KNOWN, ['Changes', '- AD authentication no longer fails when a domain controller is unreachable.\n- AD groups of more than 1000 members are read in pages.']])),
        findings: [{ messageId: 'missing', location: { path: ownPath('release-notes'), line: 3 } }],
      },
      {
        // "Improved …" may be a fix as well as a feature ("HTools: improve handling of N+1 violations"): it adds nothing by itself.
        ...notesCase('does not take items that only "improve" something for items that were added', notes([FIXED, KNOWN, ['Changes', '- Improved handling of stale NFS handles after a failover.\n- Improve the error message of a failed mount.']])),
        findings: [{ messageId: 'missing', location: { path: ownPath('release-notes'), line: 3 } }],
      },
    ],
  },
  'release-notes/fixed': {
    valid: [
      notesCase('finds a "Bugfixes" part', notes([ADDED, ['Bugfixes', '- Offloaded clones of thin disks no longer fail on NFS 4.1 datastores.'], KNOWN])),
      notesCase('finds "There are no fixed issues in this release" said in the notes', notes([ADDED, ['Notes', 'There are no fixed issues in this release; it adds ESXi 8.0 Update 2 support only.'], KNOWN])),
      notesCase('finds a symptom that "no longer" happens, said in a list of changes', notes([ADDED, ['Changes', '- The agent no longer hangs when an export is renamed.\n- Mount times improved on hosts with 200 datastores.'], KNOWN])),
      notesCase('finds items that open with "Addressed"', notes([ADDED, ['Changes', '- Addressed a crash of the agent when an export is renamed.\n- Addressed slow mounts on hosts with 200 datastores.'], KNOWN])),
      notesCase('finds items that open with an issue number before "Fix"', notes([ADDED, ['Changes', '- #1668 - #1678 - Fix race conditions in the cache\n- NEX-18844 - fix the node server error code'], KNOWN])),
      // A change that resolves a tracked issue is a fix, whatever its part is called ("Modified").
      notesCase('finds an item that resolves a tracked issue ("This resolves Issue 853")', notes([ADDED, ['Modified', '- Modified Invoke-CorvidRequest to test the timeout given. This resolves Issue 853.\n- Modified Connect-Corvid to accept service accounts.'], KNOWN])),
      notesCase('finds an item that fixes "bug 412"', notes([ADDED, ['Changed', '- The exporter reports the pool name again, which fixes bug 412.'], KNOWN])),
      notesCase('finds items that open with a component before "Fixed"', notes([ADDED, ['Changes', "- smartctl '-j': Fixed 'scsi_grown_defect_list' value.\n- (mount) fixed rare getgroup race condition"], KNOWN])),
      notesCase('finds an item that says bugs were fixed ("3) Bug/stability fixes.")', notes([ADDED, ['V3.2.1 Changes', '1) Faster listing of snapshots.\n2) Bug/stability fixes.'], KNOWN])),
      notesCase('finds Chinese items that open with a fix after their tag ("[修改] 修正了…") or bare ("修复了…")', notes([ADDED, ['更新内容', '[修改] 修正了Lion系统下SSH无法连接的bug\n修复了快照列表的崩溃'], KNOWN])),
      notesCase('finds Japanese items that say a defect was fixed, in full-width brackets ("（修正）…") or bare ("不具合を修正…")', notes([ADDED, ['変更内容', '（修正）スナップショット一覧のクラッシュ\n不具合を修正しました：NFS 4.1 のマウント'], KNOWN])),
      notesCase('finds an item that says where a bug was fixed ("Bug fix in …")', notes([ADDED, ['Changes', '- Bug fix in corvid-readconf to return the header again.\n- Added corvid-iam to report losses.'], KNOWN])),
    ],
    invalid: [
      {
        // "No longer" of a removal or a state ("no longer supported", "no longer in widespread use") is no fix.
        ...notesCase('does not take "no longer supported" or "no longer in use" for what was fixed', notes([ADDED, ['Changes', '- ESXi 6.7 is no longer supported.\n- The legacy splinter mode stays until old drivers are no longer in widespread use.'], KNOWN])),
        findings: [{ messageId: 'missing', location: { path: ownPath('release-notes'), line: 3 }, evidence: { closest: null } }],
      },
      {
        // A fix promised for a known issue is none made.
        ...notesCase('does not take a bug fix planned for a known issue for what was fixed', notes([ADDED, ['Known Issues', '- Clones of thin disks time out on NFS 3. A bug fix for this issue is planned for 3.3.']])),
        findings: [{ messageId: 'missing', location: { path: ownPath('release-notes'), line: 3 }, evidence: { closest: null } }],
      },
      {
        // A part's label over nothing states no fix ("1. Bug Fix" then the other part).
        ...notesCase('does not take a numbered "Bug Fix" label over nothing for what was fixed', notes([ADDED, ['Main Changes', '1. Bug Fix\n2. Other Change\n- Add the LIN loader.'], KNOWN])),
        findings: [{ messageId: 'missing', location: { path: ownPath('release-notes'), line: 3 }, evidence: { closest: null } }],
      },
      {
        // "[修改]" is a change, "更新了文档" updated the documents: no fix said.
        ...notesCase('does not take a Chinese change ("[修改] 更新了文档") for what was fixed', notes([ADDED, ['更新内容', '[修改] 更新了帮助文档和版权信息\n[移除] 不再支持Mac OS 10.5'], KNOWN])),
        findings: [{ messageId: 'missing', location: { path: ownPath('release-notes'), line: 3 }, evidence: { closest: null } }],
      },
      {
        // A way to solve a problem ("解决方法", "修复方法"), a solution ("解决方案"), a defect's workaround ("不具合の回避策"): no fix made.
        ...notesCase('does not take Chinese and Japanese workarounds that open with a fix\'s word for what was fixed', notes([ADDED, ['Notes', '解决方法：重启代理服务\n修复方法见知识库文章 1234\n解决方案：升级 ESXi\n不具合の回避策：エージェントを再起動してください'], KNOWN])),
        findings: [{ messageId: 'missing', location: { path: ownPath('release-notes'), line: 3 }, evidence: { closest: null } }],
      },
      {
        ...notesCase('does not take "Issues Not Fixed" for what was fixed', notes([ADDED, ['Issues Not Fixed', '- Space reclamation is not offloaded on NFS 3 datastores.']])),
        findings: [
          {
            messageId: 'missing',
            location: { path: ownPath('release-notes'), line: 3 },
            evidence: { closest: { path: ownPath('release-notes'), heading: 'Issues Not Fixed', shortfall: 'speaks of "not fixed", not of this release' } },
          },
        ],
      },
    ],
  },
  'release-notes/history': {
    valid: [
      notesCase('finds a history kept as a "Revision History" table', notes([ADDED, FIXED, KNOWN], '## Revision History\n\n| Version | Date | Changes |\n|---|---|---|\n| 3.2.1 | 2026-10-15 | This release |\n| 3.2.0 | 2026-07-02 | ESXi 8.0 support |\n| 3.1.4 | 2026-03-18 | First release |\n')),
      notesCase('finds a history kept as a "Revision History" table whose column is "Release"', notes([ADDED, FIXED, KNOWN], '## Revision History\n\n| Release | Date | Changes |\n|---|---|---|\n| 3.2.1 | 2026-10-15 | This release |\n| 3.2.0 | 2026-07-02 | ESXi 8.0 support |\n| 3.1.4 | 2026-03-18 | Initial |\n')),
      notesCase('accepts "There are no previous versions" for a first release', notes([ADDED, FIXED, KNOWN], 'There are no previous versions of the Corvid NAS Plugin.\n')),
    ],
    invalid: [
      {
        ...notesCase('does not take the document\'s own "Revision History" table for the history of releases', notes([ADDED, FIXED, KNOWN], '## Revision History\n\n| Date | Document revision | Description of changes |\n|---|---|---|\n| October 2026 | 02 | Updated the support matrix to ESXi 8.0 U2 |\n| July 2026 | 01 | First edition of this document |\n')),
        findings: [{ messageId: 'missing', location: { path: ownPath('release-notes') } }],
      },
      {
        ...notesCase('does not take a "Revision History" that lists revisions 1.0 and 1.1 of the document for the history of releases', notes([ADDED, FIXED, KNOWN], '## Revision History\n\n| Revision | Date | Description |\n|---|---|---|\n| 1.1 | 2026-10-15 | Added the NFS 4.1 section |\n| 1.0 | 2026-07-02 | First edition |\n')),
        findings: [{ messageId: 'missing', location: { path: ownPath('release-notes') } }],
      },
      {
        // Each revision of the notes was written for a version, and says so: still the document's history, which it calls "the revision history of this document".
        ...notesCase('does not take "the revision history of this document" for the history of releases, though its rows name the versions they were written for', notes([ADDED, FIXED, KNOWN], '## Revision History\n\nThe following table presents the revision history of this document.\n\n| Revision | Date | Description |\n|---|---|---|\n| 01 | April 2026 | Updated for Corvid NAS Plugin Version 3.1: product description |\n| 02 | July 2026 | Updated for Corvid NAS Plugin Version 3.2: new features |\n')),
        findings: [{ messageId: 'missing', location: { path: ownPath('release-notes') } }],
      },
      {
        ...notesCase('does not take "the initial release (1.0.0)" named in passing for a first release', notes([ADDED, FIXED, KNOWN], 'Datastores created with the initial release (1.0.0) keep working.\n')),
        findings: [{ messageId: 'missing', location: { path: ownPath('release-notes') } }],
      },
    ],
  },
};
