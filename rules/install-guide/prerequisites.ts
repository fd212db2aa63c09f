import { checkTopic, defineRule, type Topic } from '../kit/index.js';

const topic: Topic = {
  role: 'install-guide',
  headings: ['prerequisites', 'prerequisite', 'pre-requisites', 'system requirements', 'requirements', 'before you begin', 'before you start', 'before you install', 'before installing', 'before installation', 'pre-installation', 'software requirements', 'hardware requirements', 'dependencies', 'what you need', 'what you will need', "what you'll need", 'you will need', 'prereqs', 'pre-reqs', 'preparing', 'preparation', 'before you proceed', 'before proceeding'],
  against: ['license', 'licence', 'licensing', 'entitlement'],
  words: ['require', 'requirement', 'need', 'must', 'minimum', 'version', 'later', 'higher', 'newer', 'install', 'installed', 'firmware', 'runtime', 'memory', 'disk', 'cpu', 'processor', 'ram', 'network', 'port', 'privilege', 'permission', 'account', 'access', 'software', 'hardware', 'package', 'prerequisite', 'compatible', 'enabled', 'running'],
  structure: 'versions',
  listed: true,
  cues: [
    /\b(?:requires?|required|you need)\b(?:[^.\n]|\.(?=\d)){0,80}\b(?:or later|or higher|or newer|runtime|firmware|\.NET|Java|version \d)/i,
    // What must be there first: "Ensure that your cluster is running Kubernetes v1.25 or later", "You will need Go 1.21+" (not "you will need to update…"), "must be installed".
    /\b(?:ensure|make sure|verify|check)\b(?:[^.\n]|\.(?=\d)){0,80}\b(?:or later|or higher|or newer|or above|or greater)\b/i,
    // What must be installed or running first ("Make sure the iSCSI service is running", "Verify that open-iscsi is installed"); "verify that it is running" checks the software just installed, not a prerequisite.
    /\b(?:ensure|make sure|check)\b(?:[^.\n]|\.(?=\d)){0,80}\b(?:is installed|are installed|is running|are running)\b|\bverify\b(?:[^.\n]|\.(?=\d)){0,80}\b(?:is installed|are installed)\b/i,
    /\byou(?:'ll| will)? (?:need|require) (?:to have|to install|an?|the|at least)\b|\byou must (?:have|install)\b|\b(?:must|needs? to) (?:already )?be installed\b/i,
    // What a method needs in place: "requires a working cert-manager deployment", "requires the openssl program on the command line",
    // "requires the ``infinisdk`` package" (a reStructuredText literal), "the ``purestorage`` Python package": a name, hyphenated or not, bare or in matched quotes.
    // And a library to build against: "requires the XML dev library" (not "requires the vCenter content library").
    /\brequires?\b[^.\n]{0,30}\b(?:working|running|installed)\b[^.\n]{0,40}\b(?:deployment|installation|cluster|service|server|instance)\b|\brequires? (?:the|an?) (?:``\w+(?:-\w+)?``|`\w+(?:-\w+)?`|'\w+(?:-\w+)?'|"\w+(?:-\w+)?"|\w+(?:-\w+)?)(?: \w+)? (?:program|tool|utility|binary|package)\b|\brequires? (?:the|an?) \w+(?:-\w+)? (?:dev|devel|development) (?:library|libraries|headers|package|packages)\b/i,
    // A version floor: "1.21+", ">= 7.0", "at least 7.0".
    /\d\.\d\d?\+|(?:>=|≥) ?v?\d\.\d|\bat least (?:version )?v?\d\.\d/i,
    // A platform's minimum stated inside an installation section: "Windows 10 or later, 64-bit", "If you have Go 1.16 or newer" (not "TLS 1.2 or later", a protocol).
    /\b(?:windows|linux|macos|os x|esxi|vcenter|vsphere|kubernetes|openshift|go|python|java|jre|jdk|powershell|powercli|net framework|dotnet|ubuntu|debian|rhel|red hat enterprise linux|centos|sles|docker)\b(?:[^.\n]|\.(?=\d)){0,30}\d or (?:later|newer|higher|above)\b/i,
  ],
};

export default defineRule({
  meta: {
    id: 'install-guide/prerequisites',
    severity: 'error',
    summary: 'The installation guide does not give the prerequisites',
    messages: {
      missing: '{{document}} does not give the prerequisites (runtime, software, hardware, firmware); closest: {{closest}}; add a section such as "Prerequisites", "System Requirements" or "Before You Begin"',
      unreadable: '{{document}} could not be read, so whether it covers the prerequisites was not checked; see docs/unreadable',
    },
    topic,
  },
  check: (bundle, context) => checkTopic(bundle, context, topic),
});
