import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { builtinRules } from '../rules/index.js';
import type { Rule } from './engine/rule.js';
import { WAIVER_PAGES } from './engine/waiver-pages.js';
import { packageRoot } from './package-root.js';

/** The comments that mark a page's generated sections (`npm run docs`): for the page's maintainers, not its readers. */
const GENERATED_MARKER = /^<!-- \/?generated(?:: [\w-]+)? -->\n/gm;

/** A built-in rule's page as readers get it. */
export function readablePage(page: string): string {
  return page.replace(GENERATED_MARKER, '');
}

/**
 * A rule's documentation page in Markdown: `rules/<id>.md` for a built-in rule, `meta.docs`
 * for a plugin's; undefined when a plugin gives none.
 */
async function ruleDocs(rule: Rule): Promise<string | undefined> {
  if (builtinRules.includes(rule)) return readablePage(await readFile(join(packageRoot, 'rules', `${rule.meta.id}.md`), 'utf8'));
  return rule.meta.docs;
}

/** What a finding's rule id stands for: one of `rules`, or one of the waivers' own findings. */
export interface FindingKind {
  readonly rule?: Rule;
  readonly summary: string;
  /** The page in Markdown; undefined when a plugin gives none. */
  readonly page?: string;
}

/** The rule or waiver finding an id names, with its page; undefined when it names neither. */
export async function findingKind(id: string, rules: readonly Rule[]): Promise<FindingKind | undefined> {
  const rule = rules.find((candidate) => candidate.meta.id === id);
  if (rule) return { rule, summary: rule.meta.summary, page: await ruleDocs(rule) };
  return WAIVER_PAGES[id];
}
