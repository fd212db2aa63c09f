import { isDeepStrictEqual } from 'node:util';
import type { Evidence, Finding, Location, Rule } from '../../src/engine/rule.js';
import type { MessageData } from '../../src/engine/messages.js';

/**
 * A finding as the tests compare it, the one projection they use: its rule, message id and
 * exact location (a line when, and only when, the finding has one), and its message, evidence
 * and data when the expectation pins them.
 */
export interface Seen {
  readonly ruleId: string;
  readonly messageId: string;
  readonly location: Location;
  readonly message?: string;
  readonly evidence?: Evidence;
  readonly data?: MessageData;
}

export function seen(finding: Finding, withMessage = false, withEvidence = false, withData = false): Seen {
  const { ruleId, messageId, location, message, evidence, data } = finding;
  return {
    ruleId,
    messageId,
    location: location.line === undefined ? { path: location.path } : { path: location.path, line: location.line },
    ...(withMessage && { message }),
    ...(withEvidence && { evidence }),
    ...(withData && { data }),
  };
}

/**
 * What is wrong with findings against the exact list expected, in order: a different count, or
 * a finding that differs (its message compared when the expectation gives one). Empty when
 * they match.
 */
export function listProblems(findings: readonly Finding[], expected: readonly Seen[]): string[] {
  const actual = findings.map((finding, index) => seen(finding, expected[index]?.message !== undefined, expected[index]?.evidence !== undefined, expected[index]?.data !== undefined));
  if (actual.length !== expected.length) {
    return [`expected ${expected.length} finding(s), got ${actual.length}${actual.map((one) => `\n  ${JSON.stringify(one)}`).join('')}`];
  }
  return actual.flatMap((one, index) => (isDeepStrictEqual(one, expected[index]) ? [] : [`finding ${index + 1} is ${JSON.stringify(one)}, expected ${JSON.stringify(expected[index])}`]));
}

/**
 * `listProblems` for the findings of one rule, plus what its own meta forbids: a message id
 * it does not declare, a message with a placeholder left unfilled, a severity other than the
 * rule's (the tester runs every rule at its default), or than `info` for its informational messages.
 */
export function ruleProblems(rule: Rule, findings: readonly Finding[], expected: readonly Seen[]): string[] {
  const { messages, informational } = rule.meta;
  const own = findings.flatMap((finding) => {
    const where = JSON.stringify(seen(finding));
    const severity = informational?.includes(finding.messageId) ? 'info' : rule.meta.severity;
    return [
      ...(Object.hasOwn(messages, finding.messageId) ? [] : [`${where}: message id "${finding.messageId}" is not in meta.messages`]),
      ...(/\{\{.*?\}\}/.test(finding.message) ? [`${where}: unfilled placeholder in "${finding.message}"`] : []),
      ...(finding.severity === severity ? [] : [`${where}: severity ${finding.severity}, not ${severity === rule.meta.severity ? `the rule's ${severity}` : 'info, as its message is informational'}`]),
    ];
  });
  return [...own, ...listProblems(findings, expected)];
}

/** The message ids of `meta.messages` that no expected finding produces. */
export function unproducedMessages(rule: Rule, expected: readonly { readonly messageId: string }[]): string[] {
  const produced = new Set(expected.map((finding) => finding.messageId));
  return Object.keys(rule.meta.messages).filter((messageId) => !produced.has(messageId));
}
