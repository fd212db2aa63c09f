import type { Rule, Topic } from '../../src/engine/rule.js';
import { branchText, DIGIT, OPEN, spellOut } from './cue-text.js';

/** The parts of an option's JSON Schema its page shows. */
interface OptionSchema {
  readonly type?: string;
  readonly enum?: readonly unknown[];
  readonly items?: OptionSchema;
  readonly default?: unknown;
  readonly description?: string;
}

/** The generated sections of a rule's page: a topic rule's recognised wording, and every page's options. */
export function pageSections(rule: Rule): Record<string, string> {
  const { topic, id } = rule.meta;
  return { ...(topic && { topic: topicSection(topic) }), options: optionsSection(id, optionsOf(rule)) };
}

/** The rules table of the README: each rule linked to its page, with its default severity, summary and options. */
export function rulesTable(rules: readonly Rule[]): string {
  const rows = rules.map((rule) => {
    const { id, severity, summary } = rule.meta;
    return `| [\`${id}\`](rules/${id}.md) | ${severity} | ${summary.replace(/\|/g, '\\|')} | ${optionsOf(rule).map(([name]) => `\`${name}\``).join(', ')} |`;
  });
  return ['| id | default | what it reports | options |', '|---|---|---|---|', ...rows].join('\n');
}

function optionsOf(rule: Rule): [string, OptionSchema][] {
  return Object.entries((rule.meta.options as { properties?: Record<string, OptionSchema> } | undefined)?.properties ?? {});
}

/** The headings the topic accepts, as listed, and its cues spelt out as phrases. */
function topicSection(topic: Topic): string {
  const headings = topic.headings.map((heading) => `"${heading}"`).join(', ');
  const lines = [
    `A heading, or a label opening a line, counts when it holds one of these as whole words (any case, with or without numbering, however the words are spaced or hyphenated): ${headings}. More can be added under \`vocabulary\` in the configuration, by rule id.`,
  ];
  const branches = (topic.cues ?? []).flatMap(spellOut).map(branchText);
  if (branches.length === 0) return lines.join('\n');
  const legend = [
    ['any case'],
    branches.some((branch) => branch.includes(OPEN)) ? [`${OPEN} marks where a word may go on`] : [],
    branches.some((branch) => branch.includes(DIGIT)) ? [`${DIGIT} stands for a digit`] : [],
  ].flat();
  return [...lines, '', `Text that covers the topic where no heading names it (${legend.join('; ')}):`, '', ...branches.map((branch) => `- ${branch}`)].join('\n');
}

/** Each option with its type, default and description; "None." when the rule takes none. */
function optionsSection(id: string, options: readonly [string, OptionSchema][]): string {
  if (options.length === 0) return 'None.';
  return options
    .map(([name, schema]) => {
      if (schema.description === undefined || schema.default === undefined) throw new Error(`${id}: option ${name} needs a description and a default in meta.options`);
      return `- \`${name}\` (${typeText(schema)}; default \`${valueText(schema.default)}\`): ${schema.description}`;
    })
    .join('\n');
}

function typeText(schema: OptionSchema): string {
  if (schema.enum) {
    const values = schema.enum.map((value) => `\`${JSON.stringify(value)}\``);
    return `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
  }
  if (schema.type === 'array' && schema.items) return `array of ${typeText(schema.items)}`;
  if (schema.type) return schema.type;
  throw new Error(`no type in the option schema ${JSON.stringify(schema)}`);
}

function valueText(value: unknown): string {
  return Array.isArray(value) ? `[${value.map((item) => JSON.stringify(item)).join(', ')}]` : JSON.stringify(value);
}
