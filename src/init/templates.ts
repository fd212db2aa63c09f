import type { Rule } from '../engine/rule.js';

/** A template: its title, an opening sentence, and sections each holding a guidance line or sub-sections. */
export interface Template {
  readonly file: string;
  readonly title: string;
  readonly intro: string;
  readonly sections: readonly TemplateSection[];
}

export interface TemplateSection {
  readonly heading: string;
  /** The line `docs/placeholder` reports until the writer replaces it. */
  readonly guidance?: string;
  readonly children?: readonly TemplateSection[];
}

export interface TemplateRelease {
  readonly product: string;
  readonly version: string;
  /** YYYY-MM-DD */
  readonly date: string;
}

/** What a writer is asked for where no rule's topic names it: the rules that read it look for a link, a phone number, earlier versions, steps, a policy. */
const CONTACT: TemplateSection = { heading: 'Contacting Support', guidance: '[Write here the URL of your support portal or case form, and your toll-free telephone number.]' };
const HELP: TemplateSection = { heading: 'More Information', guidance: '[Write here the address of the product page or customer help system you maintain.]' };
const HISTORY: TemplateSection = { heading: 'Release History', guidance: "[Write here each earlier release's notes, or say that this is the first release.]" };
const INSTALL: TemplateSection = { heading: 'Installing the Plugin', guidance: '[Write here the installation procedure, one numbered step per line.]' };
const POLICY: TemplateSection = { heading: 'Support Policy', guidance: '[Write here the address of the page that states your support policy.]' };

/** A guidance line is a placeholder (`[Write … here …]`, at most 100 characters inside the brackets). */
const MAX_GUIDANCE = 100;

/**
 * The three documents the program requires, each with a section for every topic a rule of its
 * area looks for (`meta.topic`: its first heading, so new rules' topics appear without a change
 * here) and a guidance line under it saying what to write, from the rule's summary.
 */
export function templates(rules: readonly Rule[], release: TemplateRelease): Template[] {
  const { product, version, date } = release;
  const topics = (area: string) => rules.filter(({ meta }) => meta.topic && meta.id.startsWith(`${area}/`)).map(({ meta }) => topicSection(meta.topic!.headings[0]!, meta.summary));
  const stem = product.replace(/[^\w.-]+/g, '_');
  return [
    {
      file: `${stem}_${version}_Release_Notes`,
      title: `${product} ${version} Release Notes`,
      intro: `${product} ${version} was released on ${date}.`,
      sections: [{ heading: `Version ${version}, ${date}`, children: topics('release-notes') }, HISTORY],
    },
    {
      file: `${stem}_Installation_and_Configuration_Guide`,
      title: `${product} ${version} Installation and Configuration Guide`,
      intro: `This guide explains how to install and configure ${product} ${version}.`,
      sections: [...topics('install-guide'), INSTALL, HELP],
    },
    {
      file: `${stem}_Support_Process`,
      title: `${product} Support Process`,
      intro: `How to engage support for ${product}.`,
      sections: [...topics('support'), CONTACT, POLICY],
    },
  ];
}

/** Words a title leaves in lower case, but first. */
const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/** `what's new` → `What's New`, `information to gather` → `Information to Gather`; guidance from the summary ("… does not give the prerequisites" → "Write here the prerequisites"). */
function topicSection(heading: string, summary: string): TemplateSection {
  const title = heading.replace(/(^|\s)(\p{Ll}+)/gu, (word: string, space: string, letters: string) => (space && SMALL_WORDS.has(letters) ? word : space + letters[0]!.toUpperCase() + letters.slice(1)));
  const asked = /\b(?:do(?:es)? not (?:give|say|list|spell out|describe|explain|name|include) (.+)|(?:gives|has) no (.+)|lacks (.+))$/.exec(summary);
  const what = asked && (asked[1] ?? (asked[2] ? `a ${asked[2]}` : asked[3]))!.replace(/^its /, 'the ');
  const guidance = what && what.length + 13 <= MAX_GUIDANCE ? `[Write here ${what}.]` : `[Write here the ${heading}.]`;
  return { heading: title, guidance };
}

/** The note opening every template, kept out of the rendered text (a comment). */
const NOTE = 'Replace each bracketed line with your text; until then bundlelint reports it (docs/placeholder). `bundlelint explain <rule>` says what a section must cover.';

export function renderMarkdown(template: Template): string {
  const lines = [`# ${template.title}`, '', `<!-- ${NOTE} -->`, '', template.intro, ''];
  const section = (item: TemplateSection, depth: number) => {
    lines.push(`${'#'.repeat(depth)} ${item.heading}`, '');
    if (item.guidance) lines.push(item.guidance, '');
    for (const child of item.children ?? []) section(child, depth + 1);
  };
  for (const item of template.sections) section(item, 2);
  return `${lines.join('\n').trimEnd()}\n`;
}

export function renderHtml(template: Template): string {
  const parts = [`<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${escapeMarkup(template.title)}</title>\n</head>\n<body>\n<!-- ${escapeMarkup(NOTE)} -->\n<h1>${escapeMarkup(template.title)}</h1>\n<p>${escapeMarkup(template.intro)}</p>`];
  const section = (item: TemplateSection, depth: number) => {
    parts.push(`<h${depth}>${escapeMarkup(item.heading)}</h${depth}>`);
    if (item.guidance) parts.push(`<p>${escapeMarkup(item.guidance)}</p>`);
    for (const child of item.children ?? []) section(child, depth + 1);
  };
  for (const item of template.sections) section(item, 2);
  parts.push('</body>\n</html>\n');
  return parts.join('\n');
}

/** Text as HTML or XML character data and attribute values. */
export function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
