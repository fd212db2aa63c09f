import { checkTopic, defineRule, type Topic } from '../kit/index.js';

const topic: Topic = {
  role: 'install-guide',
  headings: [
    'initial configuration', 'initial setup', 'first-time setup', 'first time configuration', 'basic configuration', 'post-installation configuration', 'post-install configuration',
    'configuring the plugin', 'configuring the plug-in', 'configure the plugin', 'configure the plug-in', 'plugin configuration', 'plug-in configuration', 'driver configuration', 'configuring the driver',
    'configuration after installation', 'after installation', 'after installing', 'registering the plugin', 'register the plugin', 'registering with vcenter', 'register with vcenter',
    'connecting to the array', 'connect to the array', 'adding a storage system', 'adding the array', 'add the array', 'adding storage systems',
    // Not a bare "Configuration" (it heads references of options as often as the first connection), nor "Getting Started" (a quick
    // installation), nor a "provider" (a cloud's, an identity's, Terraform's plugin).
    'connecting to vcenter', 'connect to vcenter',
  ],
  against: ['data path configuration', 'advanced configuration', 'tuning', 'supported configuration', 'test configuration', 'sample configuration', 'reference configuration', 'example configuration', 'configuration limits', 'configuration maximums', 'guide', 'manual',
    // Installing, of which configuring is a part ("Install and configure the server components"); an error quoted as a heading.
    'install and configure', 'installation and configuration', 'invalid configuration', 'no configuration', 'error'],
  words: ['configure', 'configuration', 'config', 'register', 'connect', 'array', 'vcenter', 'address', 'credential', 'password', 'user', 'setting', 'parameter', 'enter', 'add', 'save', 'provider', 'endpoint', 'secret', 'backend'],
  structure: 'steps',
  cues: [
    // A step that gives the plugin what it connects with.
    /\b(?:enter|provide|specify|type|supply|fill in|replace)\b[^.\n]{0,60}\b(?:user ?names?|passwords?|credentials|(?:ip )?address(?:es)?|host ?names?|urls?|endpoints?)\b[^.\n]{0,60}\b(?:array|storage|vcenter|vsphere|api|management|appliance)\b/i,
    // Values to give the plugin's parameters: the "config files, UI parameters" of Appendix C.
    /\b(?:enter|provide|specify|set|supply|fill in|replace)\b[^.\n]{0,40}\bvalues\b[^.\n]{0,40}\b(?:parameters|settings|fields)\b/i,
    /\b(?:register|connect|add)\w* (?:the )?(?:plugin|plug-in|provider|adapter|extension)\b[^.\n]{0,60}\b(?:with|to)\b[^.\n]{0,40}\b(?:array|storage system|vcenter|vsphere)\b/i,
    // A configuration command or object: "run `corvid config`" (not "init" nor "setup", which install), "configure the connection with…",
    // "create a secret holding the array credentials".
    /\b(?:run|use|start)\b[^.\n]{0,30}\b(?:config|configure)\b|\bconfigure\b[^.\n]{0,40}\b(?:backend|remote|connection|credentials)\b/i,
    /\bcreate\b[^.\n]{0,30}\b(?:secret|storage ?class|config(?:uration)? file|backend)\b[^.\n]{0,60}\b(?:credentials|password|array|endpoint|address|backend)\b/i,
  ],
};

export default defineRule({
  meta: {
    id: 'install-guide/initial-configuration',
    severity: 'warning',
    summary: "The installation guide does not describe the plugin's initial configuration",
    messages: {
      missing: '{{document}} does not describe the initial configuration after installing (connecting the plugin to the array or vCenter, first settings): closest: {{closest}}; add a section such as "Initial Configuration" or "Configuring the Plugin"',
      unreadable: '{{document}} could not be read, so whether it covers the initial configuration was not checked; see docs/unreadable',
    },
    topic,
  },
  check: (bundle, context) => checkTopic(bundle, context, topic),
});
