import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { builtinRules } from '../rules/index.js';
import type { Rule } from './engine/rule.js';
import { packageRoot } from './package-root.js';

/**
 * A rule's documentation page in Markdown: `rules/<id>.md` for a built-in rule, `meta.docs`
 * for a plugin's; undefined when a plugin gives none.
 */
export async function ruleDocs(rule: Rule): Promise<string | undefined> {
  if (builtinRules.includes(rule)) return readFile(join(packageRoot, 'rules', `${rule.meta.id}.md`), 'utf8');
  return rule.meta.docs;
}
