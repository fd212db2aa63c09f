import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import type { Rule } from '../src/engine/rule.js';
import { WAIVER_PAGES } from '../src/engine/waiver-pages.js';
import { defaultWaiverSeverities, WAIVER_RULES } from '../src/engine/waivers.js';
import { packageRoot } from '../src/package-root.js';

// Every rule module; the kit is what rules import, not a rule.
const ruleFiles = fg.sync(['rules/*/*.ts', '!rules/kit/**'], { cwd: packageRoot }).sort();
const HEADINGS = ['## What it checks', '## Why', '## How to fix', '## Examples', '## Options'];

describe('the rule registry', () => {
  it('lists every module under rules/ exactly once, sorted by id, each id equal to its path', async () => {
    const modules = await Promise.all(ruleFiles.map(async (file) => [file, ((await import(join(packageRoot, file))) as { default: Rule }).default] as const));
    expect(modules.map(([file, rule]) => [file, rule.meta.id])).toEqual(modules.map(([file]) => [file, file.replace(/^rules\//, '').replace(/\.ts$/, '')]));
    expect(builtinRules).toEqual(modules.map(([, rule]) => rule));
    const ids = builtinRules.map((rule) => rule.meta.id);
    expect(ids).toEqual([...ids].sort());
  });

  it.each(builtinRules.map((rule) => [rule.meta.id, rule] as const))('%s has its doc page, its test, and a one-line summary', (id, rule) => {
    const doc = readFileSync(join(packageRoot, 'rules', `${id}.md`), 'utf8');
    expectPage(doc, id, rule.meta.severity, rule.meta.summary);
    expect(existsSync(join(packageRoot, 'test', 'rules', `${id}.test.ts`))).toBe(true);
    expect(rule.meta.summary).not.toMatch(/\n/);
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
  });

  it.each((['unused', 'expired'] as const).map((kind) => [WAIVER_RULES[kind], kind] as const))("%s, a finding of the waivers, has a page like a rule's", (id, kind) => {
    expectPage(WAIVER_PAGES[id]!.page, id, defaultWaiverSeverities[kind], WAIVER_PAGES[id]!.summary);
  });
});

/** A page starts with its id, default severity and summary, has every heading, and quotes the guide or says it is silent. */
function expectPage(doc: string, id: string, severity: string, summary: string): void {
  expect(doc.split('\n')[0]).toBe(`# ${id}`);
  expect(doc).toContain(`**Default severity:** ${severity}`);
  expect(doc).toContain(summary);
  expect(HEADINGS.filter((heading) => doc.includes(`\n${heading}\n`))).toEqual(HEADINGS);
  const why = doc.slice(doc.indexOf('\n## Why\n'), doc.indexOf('\n## How to fix\n'));
  expect(why).toMatch(/\n> \S|The guide does not speak/);
}
