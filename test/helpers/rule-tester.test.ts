import { describe, expect, it } from 'vitest';
import { defineRule, type Finding, type Rule } from '../../src/engine/rule.js';
import { listProblems, ruleProblems, unproducedMessages } from './findings.js';

/** A rule with two messages, one of them a template. */
const rule = defineRule({
  meta: { id: 'demo/rule', severity: 'warning', summary: 'demo', messages: { named: '{{name}} is wrong', plain: 'something is wrong' } },
  check() {},
}) as Rule;

const finding = (overrides: Partial<Finding> = {}): Finding => ({
  ruleId: 'demo/rule',
  messageId: 'named',
  severity: 'warning',
  message: 'a.txt is wrong',
  location: { path: 'a.txt', line: 3 },
  data: { name: 'a.txt' },
  ...overrides,
});

const expected = { ruleId: 'demo/rule', messageId: 'named', location: { path: 'a.txt', line: 3 } };

describe('the rule tester', () => {
  it('accepts findings exactly as expected, the message compared only when given', () => {
    expect(ruleProblems(rule, [finding()], [expected])).toEqual([]);
    expect(ruleProblems(rule, [finding()], [{ ...expected, message: 'a.txt is wrong' }])).toEqual([]);
    expect(ruleProblems(rule, [], [])).toEqual([]);
  });

  it('fails on a wrong number of findings, a valid case with one included', () => {
    expect(ruleProblems(rule, [finding(), finding()], [expected])).toEqual([expect.stringMatching(/^expected 1 finding\(s\), got 2/)]);
    expect(ruleProblems(rule, [finding()], [])).toEqual([expect.stringMatching(/^expected 0 finding\(s\), got 1/)]);
  });

  it('fails on a finding that differs: message id, path, a line given or not, the message', () => {
    expect(ruleProblems(rule, [finding({ messageId: 'plain', message: 'something is wrong' })], [expected])).toHaveLength(1);
    expect(ruleProblems(rule, [finding({ location: { path: 'b.txt', line: 3 } })], [expected])).toHaveLength(1);
    expect(ruleProblems(rule, [finding({ location: { path: 'a.txt' } })], [expected])).toHaveLength(1);
    expect(ruleProblems(rule, [finding()], [{ ...expected, location: { path: 'a.txt' } }])).toHaveLength(1);
    expect(ruleProblems(rule, [finding()], [{ ...expected, message: 'b.txt is wrong' }])).toEqual([expect.stringMatching(/^finding 1 is .*"message":"a\.txt is wrong".*, expected .*"message":"b\.txt is wrong"/)]);
  });

  it('fails on a message id the rule does not declare', () => {
    const unknown = { ...expected, messageId: 'other' };
    expect(ruleProblems(rule, [finding({ messageId: 'other' })], [unknown])).toEqual([expect.stringMatching(/message id "other" is not in meta\.messages$/)]);
  });

  it('fails on a message with a placeholder left unfilled', () => {
    expect(ruleProblems(rule, [finding({ message: '{{name}} is wrong' })], [expected])).toEqual([expect.stringMatching(/unfilled placeholder in "\{\{name\}\} is wrong"$/)]);
  });

  it("fails on a severity other than the rule's", () => {
    expect(ruleProblems(rule, [finding({ severity: 'error' })], [expected])).toEqual([expect.stringMatching(/severity error, not the rule's warning$/)]);
  });

  it('names each message no expected finding produces', () => {
    expect(unproducedMessages(rule, [expected])).toEqual(['plain']);
    expect(unproducedMessages(rule, [expected, { messageId: 'plain' }])).toEqual([]);
  });

  it('compares the findings of other rules with their rule ids', () => {
    const other = finding({ ruleId: 'demo/other' });
    expect(listProblems([other], [{ ...expected, ruleId: 'demo/other' }])).toEqual([]);
    expect(listProblems([other], [expected])).toHaveLength(1);
  });
});
