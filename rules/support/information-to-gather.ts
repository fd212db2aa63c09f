import { checkTopic, defineRule, type Topic } from '../kit/index.js';

const topic: Topic = {
  role: 'support',
  headings: ['information to gather', 'information to collect', 'information to provide', 'what to gather', 'what to collect', 'what to provide', 'before you call', 'before contacting support', 'before you contact support', 'information needed', 'required information', 'problem information', 'data to collect', 'support data collection', 'diagnostic data collection', 'details collection', 'status collection', 'information collection', 'collecting information', 'gathering information', 'what to send', 'troubleshooting information', 'diagnostic information', 'gathering diagnostics', 'collecting diagnostics', 'diagnostics to collect', 'details to provide', 'details to include', 'information to include', 'what information to provide'],
  words: ['version', 'build', 'log', 'screenshot', 'error', 'message', 'step', 'reproduce', 'time', 'configuration', 'output', 'description', 'symptom', 'environment', 'name', 'problem', 'failure'],
  structure: 'commands',
  cues: [
    /\bfor (?:each|every) (?:type of )?(?:problem|issue)\b|\b(?:gather|collect|provide|have|include|send|share|attach|supply)\b[^.\n]{0,40}\bfollowing information\b/i,
    // Information to send with a request: "provide the specific information, listed below with your support request", "include this information in your ticket".
    /\b(?:provide|include|send|attach|supply|give)\b[^.\n]{0,40}\binformation\b[^.\n]{0,40}\b(?:with|in|to) (?:your|the|a) (?:support )?(?:request|ticket|case|report)\b/i,
    // What a report must hold, however little it lists: "Include as much information as possible, especially:", "Provide a detailed
    // explanation of the issue including:", "list the steps to reproduce it", "Provide details of which server you are using" (not a
    // guide's "detailed description of the options", nor a known issue's own "Steps to reproduce:").
    /\b(?:include|provide|give|send)\b[^.\n]{0,20}\bas much (?:information|detail|details)\b|\b(?:provide|give|include)\b[^.\n]{0,20}\bdetailed (?:description|explanation|account) of (?:the|your) (?:issue|problem|error|failure)\b|\b(?:include|provide|give|list|describe|send|with) the steps to reproduce\b|\b(?:provide|include|give|send)(?: full| complete)? details of\b/i,
    // Output to send with a report: "via a console collect the output of the following commands", "please attach the output of `postconf -n`".
    /\b(?:collect|gather|send|share|attach|include)\b[^.\n]{0,20}\bthe output (?:of|from)\b/i,
    // A command that gathers it: "use the velero debug command to generate a debug bundle", "build a support bundle".
    /\b(?:generate|create|build|collect)s?\b[^.\n]{0,20}\b(?:debug|support|diagnostics?) bundle\b/i,
    // A description or the logs saved to a log or text file, as a failure case's steps save them to send: "kubectl describe pod … > node-description.log" (not "kubectl get secret … > secret.yaml").
    /\b(?:kubectl|oc) (?:describe|logs)\b[^.\n]{0,160}>[^.\n]{0,80}\.(?:log|txt)\b/i,
  ],
};

export default defineRule({
  meta: {
    id: 'support/information-to-gather',
    severity: 'error',
    summary: 'The support process does not say what information to gather for each type of problem',
    messages: {
      missing: '{{document}} does not say what information to gather for each type of problem; closest: {{closest}}; add a section such as "Information to Gather" or "Before You Call"',
      unreadable: '{{document}} could not be read, so whether it covers the information to gather was not checked; see docs/unreadable',
    },
    topic,
  },
  check: (bundle, context) => checkTopic(bundle, context, topic),
});
