import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { configReference } from '../../src/config/reference.js';
import { packageRoot } from '../../src/package-root.js';
import { pageSections, rulesTable } from './rule-pages.js';
import { withSections } from './sections.js';

/** The files with generated sections, and what each section holds, from the code. */
const SECTIONS: ReadonlyMap<string, () => Readonly<Record<string, string>>> = new Map([
  ['README.md', () => ({ 'config-reference': configReference(JSON.parse(readFileSync(join(packageRoot, 'schema', 'config.schema.json'), 'utf8')) as object), rules: rulesTable(builtinRules) })],
  ...builtinRules.map((rule) => [`rules/${rule.meta.id}.md`, () => pageSections(rule)] as const),
]);

/** The paths, from the package root, of the files `npm run docs` writes generated sections into. */
export const generatedFiles: readonly string[] = [...SECTIONS.keys()];

/** A file's text with its generated sections written afresh from the code. */
export function regenerated(path: string): string {
  return withSections(readFileSync(join(packageRoot, path), 'utf8'), SECTIONS.get(path)!(), path);
}
