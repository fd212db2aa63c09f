import { checkTopic, defineRule, EDIT_CONFIGURATION, WRITE_CONFIGURATION, type Topic } from '../kit/index.js';

const topic: Topic = {
  role: 'install-guide',
  headings: [
    'initial configuration', 'initial setup', 'first-time setup', 'first time configuration', 'basic configuration', 'post-installation configuration', 'post-install configuration',
    'configuring the plugin', 'configuring the plug-in', 'configure the plugin', 'configure the plug-in', 'plugin configuration', 'plug-in configuration', 'driver configuration', 'configuring the driver',
    'configuration after installation', 'after installation', 'after installing', 'registering the plugin', 'register the plugin', 'registering with vcenter', 'register with vcenter',
    'connecting to the array', 'connect to the array', 'adding a storage system', 'adding the array', 'add the array', 'adding storage systems',
  ],
  against: ['data path configuration', 'advanced configuration', 'tuning'],
  words: ['configure', 'configuration', 'register', 'connect', 'array', 'vcenter', 'address', 'credential', 'password', 'user', 'setting', 'parameter', 'enter', 'add', 'save'],
  structure: 'steps',
  cues: [
    // A step that gives the plugin what it connects with.
    /\b(?:enter|provide|specify|type|supply|fill in|replace)\b[^.\n]{0,60}\b(?:user ?names?|passwords?|credentials|(?:ip )?address(?:es)?|host ?names?|urls?|endpoints?)\b[^.\n]{0,60}\b(?:array|storage|vcenter|vsphere|api|management|appliance)\b/i,
    // Values to give the plugin's parameters, or its configuration fields to fill in: the "config files, UI parameters" of Appendix C.
    /\b(?:enter|provide|specify|set|supply|fill in|replace)\b[^.\n]{0,40}\bvalues\b[^.\n]{0,40}\b(?:parameters|settings|fields)\b/i,
    /\b(?:enter|provide|specify|set|supply|fill in)\b[^.\n]{0,40}\b(?:configuration|settings) (?:fields|parameters)\b/i,
    // The product's configuration file to edit, not forbidden nor needless ("Edit with your favourite editor Cinder config file", "Make the following changes
    // on the volume node /etc/block/block.conf file"): the edit the manual-steps rule reports, one pattern.
    EDIT_CONFIGURATION,
    // How the driver gets its account: "There are several options to pass credentials to the EBS CSI Driver".
    /\b(?:pass|provide|supply|give)\w*\b[^.\n]{0,20}\bcredentials\b[^.\n]{0,20}\bto (?:the )?[^.\n]{0,30}\b(?:driver|plugin|plug-in|provider|operator)\b/i,
    /\b(?:register|connect|add)\w* (?:the )?(?:plugin|plug-in|provider|adapter|extension)\b[^.\n]{0,60}\b(?:with|to)\b[^.\n]{0,40}\b(?:array|storage system|vcenter|vsphere)\b/i,
    // A configuration file to write: "Create a configuration file that will contain details to connect to vSphere".
    /\b(?:create|write|edit|prepare)\b[^.\n]{0,40}\bconfig(?:uration)? file\b[^.\n]{0,60}\b(?:connect|credentials|details|settings)\b/i,
    // The configuration file the customer creates (the manual-steps rule reports the same step): "Create a configuration file.", "Here is a sample, create it in conf/zoo.cfg".
    WRITE_CONFIGURATION,
    // A configuration file made from the sample file shipped with the product, to edit: "make a copy of configuration_example.py named
    // configuration.py", "Copy config.example.yml to config.yml", "Copy .env.example to .env" (not "the example code as shown in main.py").
    /\bcopy\b(?:[^.\n]|\.(?=\w)){0,40}(?:_example|example_|\.example|example\.|_sample|sample_|\.sample|sample\.|_template|template_|\.template|template\.)(?:[^.\n]|\.(?=\w)){0,40}\b(?:named|as|to|into)\b[^.\n]{0,40}\.(?:py|conf|cfg|ini|yaml|yml|json|xml|properties|toml|env)\b/i,
    // A table of parameters with the values they take, read by its header row ("Option | Default value | Description"; Markdown, HTML, DOCX and ODT
    // tables keep their cells apart with "|"): their default, whether each is required; not only what each does ("Option | Description" lists a command's flags).
    /\b(?:options?|parameters?|arguments?|settings?|flags?|fields?|keys?|variables?) \| (?:default|required|value|type|meaning)\b|\b(?:options?|parameters?|arguments?|settings?|flags?|fields?|keys?|variables?) \|[^.\n]{0,40}\| (?:default|required|value|type|meaning)\b/i,
    // The same header row as a PDF's text gives it, its cells apart by a space only ("Option Description", "Option Setting value");
    // not prose that names a description ("See the parameter description in the API reference").
    /(?<!(?:\bthe|\ba|\ban|\beach|\bthis|\bits|\btheir) )\b(?:option|parameter|setting|configuration item)s? (?:description|default value|setting value)\b(?! (?:of|for|in|is|are)\b)/i,
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
