import { checkTopic, defineRule, type Topic } from '../kit/index.js';

const topic: Topic = {
  role: 'install-guide',
  headings: ['supported configurations', 'supported configuration', 'certified configurations', 'qualified configurations', 'validated configurations', 'compatibility', 'compatibility matrix', 'interoperability', 'supported platforms', 'supported environments', 'operating environment', 'support matrix', 'supported versions', 'supported hardware', 'supported systems', 'supported devices', 'supported models', 'device types', 'supported combinations', 'supported combos'],
  against: ['browser', 'browsers', 'backward compatibility', 'upgrade', 'license', 'proof case', 'test configuration', 'minimal configuration', 'sample configuration', 'reference configuration'],
  words: ['support', 'certify', 'certified', 'qualified', 'tested', 'validated', 'compatible', 'version', 'release', 'model', 'platform', 'matrix', 'combination', 'host', 'array', 'firmware', 'esxi', 'vcenter', 'vsphere', 'operating', 'hardware', 'maximum', 'limit', 'protocol', 'nfs', 'iscsi', 'kubernetes', 'openshift'],
  structure: 'versions',
  listed: true,
  cues: [
    /\bsupported (?:configurations?|platforms?|environments?|versions?)\b|\bcompatibility (?:matrix|guide|list)\b|\b(?:certified|qualified|supported) (?:with|on|for)\b(?:[^.\n]|\.(?=\d)){0,60}\d\.\d|\bsupports?\b[^.\n]{0,40}\bversions? \d/i,
    // Versions stated as supported: "versions v1.31 through v1.36 are supported", "This release supports: • Kubernetes 1.17, 1.18", "Supports OneFS 8.1".
    /\bversions?\b(?:[^.\n]|\.(?=\d)){0,60}\b(?:are|is) (?:supported|certified|qualified)\b|\bsupports:|\bsupports\b(?:[^.\n]|\.(?=\d)){0,40}\d\.\d/i,
    // A minimum platform version stated as a requirement: "Requires Kubernetes 1.14+", "requires vCenter 8.0 or later".
    /\brequires?\b(?:[^.\n]|\.(?=\d)){0,40}\d\.\d(?:[^.\n]|\.(?=\d)){0,20}(?:\+|or later|or higher|or newer|or above)/i,
    // A platform's version floor in a list of requirements: "Kubernetes Version >= 1.20", "OpenShift ≥ 4.12", "Kubernetes 1.25+" (not a client tool's, "kubectl >= 1.22").
    /\b(?:kubernetes|k8s|openshift|esxi|vcenter|vsphere)(?: version| versions)? (?:>=|≥)/i,
    /\b(?:kubernetes|k8s|openshift|esxi|vcenter|vsphere) v?\d\d?\.\d\d?\+/i,
    // What the product is compatible with, with its version ("is currently only compatible with Mirantis OpenStack 6.1"; not a build's
    // "Makefile is now compatible with Automake 1.11.2", nor "not compatible"), or the operating systems it runs on, named ("GridSite is
    // currently only supported on Linux"; not a feature's "Syslog is also supported on FreeBSD").
    /\b(?:is|are)(?: currently)?(?: only| fully)? compatible with\b(?:[^.\n]|\.(?=\d)){0,60}\d\.\d/i,
    // The platforms supported or tested, however named: "we aim to support the following distributions", "NTP supports Windows 2000 and
    // later" (not a protocol's version: "supports TLS 1.2 or later"), "These directions were tested with Nagios 3.1.1".
    /\bsupport(?:s|ed)? the following (?:distributions|platforms|operating systems|systems|versions|environments)\b|\bsupports\b(?! (?:tls|ssl|smb|nfs|http|https|ipv6)\b)[^.\n]{0,40}\b(?:and|or) (?:later|newer|higher|above)\b|\b(?:were|was|been|is|are) tested (?:with|on|against)\b(?:[^.\n]|\.(?=\d)){0,40}\d\.\d/i,
    // A platform's version in a compatibility row: "Mirantis OpenStack compatibility 8.0", "vSphere compatibility: 7.0 U3" (not a "backward compatibility" note).
    /(?<!\bbackwards? |\bbackwards?-)\bcompatibility\b:? v?\d\d?\.\d/i,
    /\b(?:is|are)(?: currently| primarily| officially)?(?: only| fully)? (?:supported|certified|qualified|tested) on\b[^.\n]{0,30}\b(?:linux|windows|macos|mac os x|freebsd|solaris|aix|rhel|red hat enterprise linux|redhat|centos|rocky linux|fedora|ubuntu|debian|sles|suse)\b/i,
    // The environments or platforms the product runs on, named: "can run on different environments including: Standalone Docker, OpenShift
    // Enterprise, Kubernetes 1.2.X", "runs on Red Hat Enterprise Linux and Ubuntu" (not "runs on each host", nor a build step's "run on Linux").
    /\b(?:can|will|does) run on\b[^.\n]{0,40}\b(?:environments|platforms|operating systems)\b|\b(?:designed|built|made) to run on\b[^.\n]{0,30}\b(?:linux|windows|kubernetes|openshift|docker|esxi|vsphere)\b|\bruns on\b[^.\n]{0,20}\b(?:red hat enterprise linux|rhel|centos|ubuntu|debian|sles|suse|windows server|openshift|kubernetes|esxi|vsphere)\b/i,
    // The operating systems a build is made for, or one with its version floor: "binaries are available for the following platforms", "**macOS**: 10.12 or newer" (not a library's, "OpenSSL >= 1.1.1").
    /\b(?:for|on) the following (?:platforms|operating systems)\b|\b(?:windows|windows server|linux|macos|mac os x|os x|freebsd|solaris|rhel|red hat enterprise linux|centos|ubuntu|debian|sles)\b\*?\*?:? v?\d(?:[^.\n]|\.(?=\d)){0,20}\bor (?:newer|later|higher|above)\b/i,
  ],
};

export default defineRule({
  meta: {
    id: 'install-guide/supported-configurations',
    severity: 'error',
    summary: 'The installation guide does not give the supported configurations',
    messages: {
      missing: '{{document}} does not give the supported configurations; closest: {{closest}}; add a section such as "Supported Configurations", "Compatibility" or "Support Matrix" listing the supported combinations',
      unreadable: '{{document}} could not be read, so whether it covers the supported configurations was not checked; see docs/unreadable',
    },
    topic,
  },
  check: (bundle, context) => checkTopic(bundle, context, topic),
});
