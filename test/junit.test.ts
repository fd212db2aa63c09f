import { beforeAll, describe, expect, it } from 'vitest';
import { SaxesParser } from 'saxes';
import { builtinRules } from '../rules/index.js';
import type { LintResult } from '../src/lint.js';
import { formatJunit } from '../src/report/junit.js';
import { runMain } from './helpers/cli.js';
import { DOCS, generated, ROOT, scratchDirectory } from './helpers/lint.js';

/** The XML's elements with their attributes, in order; fails the test unless it is well-formed. */
function elements(xml: string): { name: string; attributes: Record<string, string>; text: string }[] {
  const parser = new SaxesParser();
  const found: { name: string; attributes: Record<string, string>; text: string }[] = [];
  const open: { text: string }[] = [];
  parser.on('opentag', (tag) => {
    found.push({ name: tag.name, attributes: tag.attributes as Record<string, string>, text: '' });
    open.push(found.at(-1)!);
  });
  parser.on('closetag', () => open.pop());
  parser.on('text', (text) => {
    if (open.length > 0) open.at(-1)!.text += text;
  });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
  return found;
}

describe('JUnit report', () => {
  const directory = scratchDirectory();
  let clean = '';
  let defective = '';
  beforeAll(async () => {
    [clean, defective] = await Promise.all([generated(directory), generated(directory, ['crc-flip', 'symlink'])]);
  });

  it('has one suite per bundle and one case per rule: errors fail, warnings are output, rules turned off are skipped', async () => {
    const run = await runMain(['lint', clean, defective, '--format', 'junit', '--rule', 'licenses/open-source=off']);
    expect(run.code).toBe(1);
    const found = elements(run.stdout);
    expect(found.filter((element) => element.name !== 'testcase' && element.name !== 'skipped').map(({ name, attributes }) => [name, attributes])).toEqual([
      ['testsuites', { name: 'bundlelint', tests: String(2 * builtinRules.length), failures: '1', errors: '0' }],
      ['testsuite', { name: clean, tests: String(builtinRules.length), failures: '0', errors: '0', skipped: '1' }],
      ['testsuite', { name: defective, tests: String(builtinRules.length), failures: '1', errors: '0', skipped: '1' }],
      ['failure', { type: 'error', message: expect.stringMatching(/^EULA\.txt is corrupt: its data has CRC-32 /) }],
      ['system-out', {}],
    ]);
    const cases = found.filter((element) => element.name === 'testcase');
    expect(cases.map((element) => element.attributes.name)).toEqual([...builtinRules, ...builtinRules].map((rule) => rule.meta.id));
    expect(run.stdout).toContain(`    <testcase classname="${defective}" name="licenses/open-source"><skipped message="turned off"/></testcase>\n`);
    expect(found.find((element) => element.name === 'failure')!.text).toMatch(new RegExp(`^error  ${DOCS}!/EULA\\.txt  EULA\\.txt is corrupt`));
    expect(found.find((element) => element.name === 'system-out')!.text).toMatch(new RegExp(`^warning  ${ROOT}latest  ${ROOT}latest is a symbolic link to "/opt/corvid/build/out/latest"`));
    // --quiet leaves errors only, as in every format.
    expect((await runMain(['lint', defective, '--format', 'junit', '--quiet'])).stdout).not.toContain('<system-out>');
  });

  it('escapes what XML cannot carry from hostile names, and keeps the rest', () => {
    const message = 'a<b>&"c" \u0001\u0008 é 🐦 \ud800';
    const result: LintResult = {
      rules: [{ id: 'archive/unsafe-path', severity: 'error' }],
      results: [{ bundle: 'x.zip', size: 1, sha256: '', findings: [{ ruleId: 'archive/unsafe-path', severity: 'error', message, location: { path: 'a\u0000b' }, messageId: 'x', data: {} }], waived: [], errorCount: 1, warningCount: 0, infoCount: 0 }],
      errorCount: 1,
      warningCount: 0,
      infoCount: 0,
    };
    const failure = elements(formatJunit(result)).find((element) => element.name === 'failure')!;
    expect(failure.attributes.message).toBe('a<b>&"c" \\x01\\x08 é 🐦 \\u{d800}');
    expect(failure.text).toBe('error  a\\x00b  a<b>&"c" \\x01\\x08 é 🐦 \\u{d800}');
  });
});
