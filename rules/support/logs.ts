import { checkTopic, defineRule, LOGS_COLLECTED, type Topic } from '../kit/index.js';

/**
 * Log files or a log bundle the sentence places: a path or folder ("log files in C:\\ProgramData\\Corvid\\Logs", "the log
 * bundle is written to /tmp"), "located / stored / written"; not "a log file or error message, if applicable", which
 * says neither which logs nor how to get them.
 */
const LOG_FILES_PLACED = /\blog (?:bundle|files?)\b[^.\n]{0,60}(?:\/|\\|\b(?:located|stored|written|kept|saved|found|directory|folder)\b)/i;

const topic: Topic = {
  role: 'support',
  headings: ['logs', 'log files', 'collecting logs', 'log collection', 'gathering logs', 'diagnostic bundle', 'support bundle', 'logs to have handy', 'diagnostic data', 'diagnostics'],
  against: ['verbose', 'log level', 'logging level', 'debug level', 'trace level', 'debug mode', 'enable', 'turn on'],
  words: ['log', 'logs', 'collect', 'gather', 'attach', 'upload', 'bundle', 'diagnostic', 'export', 'download', 'file', 'run', 'command', 'vm-support', 'archive'],
  structure: 'commands',
  // Also "get pod description and logs" over the `kubectl logs` command that prints them, and log files the sentence places.
  cues: [/\bvm-support\b|\b(?:collect|gather|attach|upload|export)\w*\b[^.\n]{0,40}\blogs?\b|\/var\/log\b/i, LOGS_COLLECTED, LOG_FILES_PLACED],
};

export default defineRule({
  meta: {
    id: 'support/logs',
    severity: 'error',
    summary: 'The support process does not say which logs to have handy and how to collect them',
    messages: {
      missing: '{{document}} does not say which logs to have handy or how to collect them; closest: {{closest}}; add a section such as "Collecting Logs" or "Log Files" with the commands',
      unreadable: '{{document}} could not be read, so whether it covers logs was not checked; see docs/unreadable',
    },
    topic,
  },
  check: (bundle, context) => checkTopic(bundle, context, topic),
});
