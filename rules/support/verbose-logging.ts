import { checkTopic, defineRule, type Topic } from '../kit/index.js';

const topic: Topic = {
  role: 'support',
  headings: [
    'verbose logging', 'verbose mode', 'verbose logs', 'debug logging', 'debug logs', 'debug mode', 'debug level', 'trace logging', 'trace level', 'log level', 'log levels',
    'logging level', 'logging levels', 'log verbosity', 'logging verbosity', 'enabling debug', 'enable debug', 'detailed logging',
  ],
  words: ['verbose', 'debug', 'trace', 'level', 'verbosity', 'enable', 'turn', 'set', 'default', 'log', 'logging'],
  cues: [
    /\b(?:enabl\w*|turn\w* on|switch\w* on|activat\w*|increas\w*|rais\w*|set\w*)\b[^.\n]{0,60}\b(?:verbose|debug|trace|verbosity)\b/i,
    /\b(?:verbose|debug|trace)\b[^.\n]{0,30}\b(?:logging|logs?|mode|level|output)\b[^.\n]{0,60}\b(?:enabl\w*|turn\w* on|switch\w* on|activat\w*|set)\b/i,
    /\b(?:levels?|log_levels?|loglevels?|verbosity)\b[^.\n]{0,80}\b(?:debug|trace|verbose)\b/i,
    // "For even more detailed logs of the driver, create /var/log/driver.log".
    /\bmore (?:detailed|verbose) (?:debug )?log(?:s|ging)\b/i,
  ],
};

export default defineRule({
  meta: {
    id: 'support/verbose-logging',
    severity: 'info',
    summary: 'The support process documents no way to turn on verbose logging',
    messages: {
      missing: '{{document}} does not say how to turn on verbose or debug logging (a command, setting or log level, off by default): closest: {{closest}}; add a section such as "Debug Logging" or "Log Levels"',
      unreadable: '{{document}} could not be read, so whether it says how to turn on verbose logging was not checked; see docs/unreadable',
    },
    topic,
  },
  check: (bundle, context) => checkTopic(bundle, context, topic),
});
