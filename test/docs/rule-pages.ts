import type { Rule, Topic } from '../../src/engine/rule.js';
import { branchText, DIGIT, OPEN, spellOut } from './cue-text.js';
import { COVERS, SENTENCE_HEADING_WORDS, SUBSTANCE_WORDS, type Structure } from '../../src/release/topic-evidence.js';

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

const STRUCTURES: Readonly<Record<Structure, string>> = {
  versions: 'lists two versions or more (a compatibility table)',
  steps: "gives two steps or more of a procedure (numbered, or opening with an instruction's verb)",
  commands: 'shows a command to run',
  errors: 'quotes an error message (with its text or code)',
};

/** How the topic is judged: the headings it accepts, the confusable ones, its words, structure and cues (spelt out as phrases). */
function topicSection(topic: Topic): string {
  const quoted = (list: readonly string[]) => list.map((phrase) => `"${phrase}"`).join(', ');
  if (topic.notesPart) {
    const lines = [
      `A part of the current version's notes counts when its heading or label holds one of these as whole words (any case, by stem: "Fixes" is "fix"): ${quoted(topic.headings)}. More can be added under \`vocabulary\` in the configuration, by rule id.`,
      ...(topic.against ? ['', `A heading that also holds one of these names another part and does not count: ${quoted(topic.against)}.`] : []),
      ...(topic.items ? ['', `A list of changes whose items open with one of these words counts too: ${quoted(topic.items)}.`] : []),
    ];
    return [...lines, ...cueLines(topic)].join('\n');
  }
  const lines = [
    `A section of any document of the documentation set (the EULA and notices aside) covers the topic when it scores ${COVERS} points or more, and holds at least ${SUBSTANCE_WORDS} words that are not placeholder text (a text that only points to another page, "Make sure to perform the prerequisite steps mentioned here", counts none):`,
    '',
    `- 2 points when its heading, or a label opening one of its lines ("System requirements: …"), or a line of one to three words standing as a title ("Server Requirements"), holds one of these as whole words (any case, by stem, with or without numbering): ${quoted(topic.headings)}. More can be added under \`vocabulary\` in the configuration, by rule id. A section whose heading names the topic speaks with its sub-sections; a document whose title names it, as a whole.`,
    ...(topic.against ? [`- no points for a heading that also holds one of these, which name a topic taken for this one: ${quoted(topic.against)}.`] : []),
    `- 2 points when its text, or its heading when written as a sentence (more than ${SENTENCE_HEADING_WORDS} words), matches one of the sentences below.`,
    ...(topic.words ? [`- 1 point when its text uses one of the topic's words (by stem): ${quoted(topic.words)}.`] : []),
    ...(topic.unlike ? [`- no point for the topic's words when its text uses as many of these, the words of a topic taken for this one, and none of its sentences matches: ${quoted(topic.unlike)}.`] : []),
    ...(topic.structure ? [`- 1 point when it ${STRUCTURES[topic.structure]}${topic.listed ? ', or when its heading names the topic and its text opens with a list of three names or more (one to eight words a line, no sentence: "gcc", "make", "cmake")' : ''}.`] : []),
    '',
    'When no section covers the topic, the finding names the one that came closest and why it fell short.',
  ];
  return [...lines, ...cueLines(topic)].join('\n');
}

/** The topic's cues spelt out as phrases, under a legend. */
function cueLines(topic: Topic): string[] {
  const branches = (topic.cues ?? []).flatMap(spellOut).map(branchText);
  if (branches.length === 0) return [];
  const legend = [
    ['any case'],
    branches.some((branch) => branch.includes(OPEN)) ? [`${OPEN} marks where a word may go on`] : [],
    branches.some((branch) => branch.includes(DIGIT)) ? [`${DIGIT} stands for a digit`] : [],
  ].flat();
  return ['', `Sentences that speak of the topic (${legend.join('; ')}):`, '', ...branches.map((branch) => `- ${branch}`)];
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
