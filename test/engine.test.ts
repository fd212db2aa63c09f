import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import type { Bundle } from '../src/model/model.js';
import { defineRule, type Finding, type Rule } from '../src/engine/rule.js';
import { renderMessage, runRules, sortFindings } from '../src/engine/run.js';
import { resolveSettings } from '../src/engine/settings.js';
import { applyWaivers } from '../src/engine/waivers.js';
import { UsageError } from '../src/errors.js';
import { lint } from '../src/lint.js';
import { generated, ROOT, scratchDirectory } from './helpers/lint.js';

const fires = defineRule({
  meta: { id: 'test/fires', severity: 'warning', summary: 'always fires', messages: { hit: 'found {{what}}' } },
  check(_bundle, context) {
    context.report({ messageId: 'hit', location: { path: 'b' }, data: { what: 'b' } });
    context.report({ messageId: 'hit', location: { path: 'a', line: 2 }, data: { what: 'a' } });
  },
});

const throws = defineRule({
  meta: { id: 'test/throws', severity: 'info', summary: 'crashes after reporting', messages: { hit: 'found' } },
  check(_bundle, context) {
    context.report({ messageId: 'hit', location: { path: 'x' } });
    throw new TypeError("Cannot read properties of undefined (reading 'version')");
  },
});

const unfilled = defineRule({
  meta: { id: 'test/unfilled', severity: 'error', summary: 'forgets its data', messages: { hit: 'found {{what}}' } },
  check(_bundle, context) {
    // @ts-expect-error the compiler refuses a report without its placeholders; a plugin in plain JavaScript can still send one
    context.report({ messageId: 'hit', location: { path: 'x' } });
  },
});

const unknownMessage = {
  meta: { id: 'test/unknown-message', severity: 'error', summary: 'reports a message it does not declare', messages: { hit: 'found' } },
  check(_bundle, context) {
    context.report({ messageId: 'miss', location: { path: 'x' } });
  },
} as Rule;

const bundle = {} as Bundle;
const shape = (findings: Finding[]) => findings.map(({ ruleId, severity, location, message }) => [ruleId, severity, location.path, message]);

describe('the rule engine', () => {
  it('fills messages, applies severity overrides, and sorts findings by location', async () => {
    expect(shape(await runRules(bundle, [fires], new Map()))).toEqual([
      ['test/fires', 'warning', 'a', 'found a'],
      ['test/fires', 'warning', 'b', 'found b'],
    ]);
    expect(shape(await runRules(bundle, [fires], resolveSettings([fires], { 'test/fires': 'error' })))).toEqual([
      ['test/fires', 'error', 'a', 'found a'],
      ['test/fires', 'error', 'b', 'found b'],
    ]);
    expect(await runRules(bundle, [fires], resolveSettings([fires], { 'test/fires': 'off' }))).toEqual([]);
  });

  it('turns a rule that throws into one error finding naming it, and runs the others', async () => {
    expect(shape(await runRules(bundle, [throws, fires], new Map()))).toEqual([
      [
        'test/throws',
        'error',
        '',
        "rule test/throws crashed and checked nothing: Cannot read properties of undefined (reading 'version'); this is a bug in bundlelint or the plugin, please report it with the bundle",
      ],
      ['test/fires', 'warning', 'a', 'found a'],
      ['test/fires', 'warning', 'b', 'found b'],
    ]);
  });

  it('treats an unknown message id or an unfilled placeholder as a crash of the rule', async () => {
    const findings = await runRules(bundle, [unfilled, unknownMessage], new Map());
    expect(findings.map((finding) => [finding.ruleId, finding.messageId, finding.message.split(': ')[1]])).toEqual([
      ['test/unfilled', 'rule-crashed', 'its message "found {{what}}" needs {{what}}; this is a bug in bundlelint or the plugin, please report it with the bundle'],
      ['test/unknown-message', 'rule-crashed', 'it reported an unknown message id "miss"; this is a bug in bundlelint or the plugin, please report it with the bundle'],
    ]);
    expect(() => renderMessage('{{ a }} and {{b}}', { a: 1, b: 'two' })).not.toThrow();
    expect(renderMessage('{{ a }} and {{b}}', { a: 1, b: 'two' })).toBe('1 and two');
  });

  it('keeps the values each message was filled with: its placeholders only, numbers as numbers, anything else as its text', async () => {
    // What a plugin in plain JavaScript may send: a key its message does not name, a value that is neither string nor number.
    const loose = {
      meta: { id: 'test/loose', severity: 'info', summary: 'sends loose data', messages: { hit: '{{count}} of {{what}}' } },
      check(_bundle: Bundle, context: { report(report: object): void }) {
        context.report({ messageId: 'hit', location: { path: 'x' }, data: { count: 2, what: { toString: () => 'them' }, unused: 'x' } });
      },
    } as Rule;
    const findings = await runRules(bundle, [fires, loose, throws], new Map());
    expect(findings.map(({ ruleId, messageId, data }) => [ruleId, messageId, data])).toEqual([
      ['test/throws', 'rule-crashed', { rule: 'test/throws', reason: "Cannot read properties of undefined (reading 'version')" }],
      ['test/fires', 'hit', { what: 'a' }],
      ['test/fires', 'hit', { what: 'b' }],
      ['test/loose', 'hit', { count: 2, what: 'them' }],
    ]);
    expect(findings.at(-1)!.message).toBe('2 of them');
  });

  it('gives the findings of waivers their message ids and data: the waiver, its rule, its path when it has one', () => {
    const waivers = [
      { rule: 'layout/junk', reason: 'debris, ACME-1', expires: '2026-01-01' },
      { rule: 'layout/*', path: '**/.DS_Store', reason: 'debris, ACME-2', expires: '2026-01-01' },
      { rule: 'vib/descriptor', reason: 'never fires' },
      { rule: 'vib/*', path: '**/descriptor.xml', reason: 'never fires' },
    ];
    const { findings } = applyWaivers('x.zip', [], waivers, new Date('2026-11-25T00:00:00Z'));
    expect(findings.map(({ ruleId, messageId, severity, message, data }) => ({ ruleId, messageId, severity, message, data }))).toEqual([
      {
        ruleId: 'waivers/expired',
        messageId: 'expired',
        severity: 'warning',
        message: 'waivers[0] (layout/junk) expired on 2026-01-01, so the findings it covered are reported again; fix them, or renew the waiver with a later date if the reason still holds ("debris, ACME-1")',
        data: { waiver: 'waivers[0]', rule: 'layout/junk', expires: '2026-01-01', reason: 'debris, ACME-1' },
      },
      {
        ruleId: 'waivers/expired',
        messageId: 'expired-path',
        severity: 'warning',
        message: 'waivers[1] (layout/* at **/.DS_Store) expired on 2026-01-01, so the findings it covered are reported again; fix them, or renew the waiver with a later date if the reason still holds ("debris, ACME-2")',
        data: { waiver: 'waivers[1]', rule: 'layout/*', path: '**/.DS_Store', expires: '2026-01-01', reason: 'debris, ACME-2' },
      },
      {
        ruleId: 'waivers/unused',
        messageId: 'unused',
        severity: 'info',
        message: 'waivers[2] (vib/descriptor) matched no finding of this bundle; remove it, or correct its rule or path',
        data: { waiver: 'waivers[2]', rule: 'vib/descriptor' },
      },
      {
        ruleId: 'waivers/unused',
        messageId: 'unused-path',
        severity: 'info',
        message: 'waivers[3] (vib/* at **/descriptor.xml) matched no finding of this bundle; remove it, or correct its rule or path',
        data: { waiver: 'waivers[3]', rule: 'vib/*', path: '**/descriptor.xml' },
      },
    ]);
  });

  it('orders by path (code units), line, severity, rule and message, whatever the input order', () => {
    const finding = (path: string, line: number | undefined, severity: Finding['severity'], ruleId: string): Finding => ({
      ruleId, severity, messageId: 'm', message: 'm', data: {}, location: line === undefined ? { path } : { path, line },
    });
    const expected = [
      finding('', undefined, 'info', 'z/z'),
      finding('B', undefined, 'error', 'a/a'),
      finding('a', 1, 'error', 'c/c'),
      finding('a', 1, 'warning', 'b/b'),
      finding('a', 3, 'error', 'a/a'),
    ];
    expect(sortFindings([expected[3]!, expected[0]!, expected[4]!, expected[2]!, expected[1]!])).toEqual(expected);
    expect(sortFindings([...expected].reverse())).toEqual(expected);
  });

  it('validates rule options against the rule schema, filling defaults, and names the mistake', () => {
    const optioned = defineRule({
      meta: {
        id: 'test/optioned',
        severity: 'warning',
        summary: 'takes a limit',
        messages: { hit: 'limit {{limit}}' },
        options: { type: 'object', additionalProperties: false, properties: { limit: { type: 'integer', minimum: 1, default: 3 } } },
      },
      check(_bundle, context) {
        context.report({ messageId: 'hit', location: { path: '' }, data: { limit: context.options.limit } });
      },
    });
    expect(resolveSettings([optioned], {}).get('test/optioned')).toEqual({ severity: 'warning', options: { limit: 3 }, vocabulary: [] });
    expect(resolveSettings([optioned], { 'test/optioned': ['error', { limit: 7 }] }).get('test/optioned')).toEqual({ severity: 'error', options: { limit: 7 }, vocabulary: [] });
    expect(() => resolveSettings([optioned], { 'test/optioned': ['error', { limit: 0 }] })).toThrow('rule test/optioned: option /limit must be >= 1');
    expect(() => resolveSettings([optioned], { 'test/optioned': ['error', { limt: 2 }] })).toThrow('rule test/optioned: option (root) must NOT have additional properties');
    expect(() => resolveSettings([fires], { 'test/fires': ['error', { x: 1 }] })).toThrow('rule test/fires takes no options');
  });

  it('hands each rule the headings configured for it, and refuses vocabulary for unknown rules', () => {
    expect(resolveSettings([fires], {}, { 'test/fires': ['Caveats'] }).get('test/fires')).toEqual({ severity: 'warning', options: {}, vocabulary: ['Caveats'] });
    expect(() => resolveSettings([fires], {}, { 'test/nope': ['Caveats'] })).toThrow('unknown rule "test/nope"');
  });

  describe('through lint()', () => {
    const directory = scratchDirectory();

    it('rejects unknown rule ids and impossible limits before reading anything', async () => {
      const bundlePath = await generated(directory);
      await expect(lint([bundlePath], { settings: { 'archive/nope': 'off' } })).rejects.toThrow(UsageError);
      await expect(lint([bundlePath], { limits: { maxRatio: 0 } })).rejects.toThrow('limit maxRatio must be a positive whole number, not 0');
      await expect(lint([`${directory}/missing.zip`])).rejects.toThrow(`${directory}/missing.zip: no such file`);
      await expect(lint([directory])).rejects.toThrow(`${directory}: not a file`);
    });

    it('runs plugged-in rules beside the built-in ones, on the real model', async () => {
      const names = defineRule({
        meta: { id: 'test/names', severity: 'info', summary: 'lists top-level files', messages: { file: '{{name}} is {{kind}}' } },
        check(model, context) {
          for (const file of model.files.filter((candidate) => candidate.depth === 0 && candidate.kind === 'manifest')) {
            context.report({ messageId: 'file', location: { path: file.path }, data: { name: file.name, kind: file.kind } });
          }
        },
      });
      const result = await lint([await generated(directory)], { rules: [...builtinRules, names] });
      expect(shape([...result.results[0]!.findings])).toEqual([
        ['test/names', 'info', `${ROOT}MD5SUMS`, `${ROOT}MD5SUMS is manifest`],
        ['test/names', 'info', `${ROOT}SHA1SUMS`, `${ROOT}SHA1SUMS is manifest`],
      ]);
      expect(result.infoCount).toBe(2);
    });
  });
});
