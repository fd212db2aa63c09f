import type { RoleSource } from '../model/model.js';
import { ROLE_NAMES } from '../model/queries.js';
import type { Description, LandingDescription } from '../describe.js';
import type { Evidence } from '../engine/rule.js';
import type { LandingFactName } from '../release/landing-page.js';
import type { ReleaseDiff } from '../model/release-diff.js';
import type { TopicCoverage } from '../../rules/kit/topics.js';
import { escapeTerminal } from './terminal.js';

const SOURCE_NAMES: Readonly<Record<RoleSource, string>> = { title: 'title', name: 'name', metadata: 'file properties', content: 'text' };

/** The landing-page facts as aligned lines, one per document at the end; names escaped for the terminal. */
export function formatDescription(description: Description): string {
  const unknown = '(not found)';
  const documents = description.documents.map(({ path, format, roles, rolesFrom, title }) => {
    const what = roles.length > 0 ? `${roles.map((role) => ROLE_NAMES[role]).join(', ')}${rolesFrom ? ` (by its ${SOURCE_NAMES[rolesFrom]})` : ''}` : 'document';
    return `${what}: ${escapeTerminal(path)} (${format}${title ? `, "${escapeTerminal(title)}"` : ''})`;
  });
  const rows: [string, string][] = [
    ['Product', escapeTerminal(description.product ?? unknown)],
    ['Version', escapeTerminal(description.version ?? unknown)],
    ['Release date', escapeTerminal(description.releaseDate ?? unknown)],
    ['File', escapeTerminal(description.bundle)],
    ['Size', `${description.size.toLocaleString('en-US')} bytes`],
    ['MD5', description.md5],
    ['SHA1', description.sha1],
    ...description.signatures.map(({ vib, signedBy }, index): [string, string] => [index === 0 ? 'Signed by' : '', `${escapeTerminal(signedBy)} (${escapeTerminal(vib.slice(vib.lastIndexOf('/') + 1))})`]),
    ...documents.map((line, index): [string, string] => [index === 0 ? 'Documents' : '', line]),
  ];
  if (documents.length === 0) rows.push(['Documents', 'none found']);
  if (description.changes) rows.push(...changeRows(description.changes));
  if (description.landingPage) rows.push(...landingRows(description.landingPage));
  const topics = description.topics ? topicLines(description.topics) : [];
  return [...rows.map(([label, value]) => `${label.padEnd(14)}${value}`), ...topics].map((line) => `${line}\n`).join('');
}

/**
 * The coverage map: one line per required topic, its status, the rule, and the section that
 * covers it (or came closest) with its score and what counted or why it fell short.
 */
function topicLines(topics: readonly TopicCoverage[]): string[] {
  const width = Math.max(...topics.map(({ rule }) => rule.length));
  const lines = topics.map((topic) => `  ${topic.status.padEnd(11)}${topic.rule.padEnd(width + 2)}${escapeTerminal(coverageText(topic))}`);
  return ['', 'Topics (what covers each topic the rules require; a section covers one at 3 points)', ...lines];
}

/** Where a topic is covered, or what came closest and why it fell short, in one line. */
export function coverageText({ status, section }: TopicCoverage): string {
  if (!section) return status === 'absent' ? 'no section speaks of it' : 'no document of its kind';
  return sectionText(status, section);
}

function sectionText(status: TopicCoverage['status'], section: Evidence): string {
  const path = String(section['path']);
  const where = [path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('!')) + 1), ...(typeof section['line'] === 'number' ? [`line ${section['line']}`] : [])].join(', ');
  const heading = typeof section['heading'] === 'string' ? `"${section['heading']}" (${where})` : `the text of ${where}`;
  const score = typeof section['score'] === 'number' ? `, ${section['score']} point${section['score'] === 1 ? '' : 's'}` : '';
  const found = Array.isArray(section['found']) && section['found'].length > 0 ? `: ${section['found'].join('; ')}` : '';
  const because = typeof section['shortfall'] === 'string' ? ` — ${section['shortfall']}` : '';
  return `${status === 'absent' ? 'closest: ' : ''}${heading}${score}${status === 'absent' ? because : found}`;
}

const FACT_NAMES: Readonly<Record<LandingFactName, string>> = { version: 'version', date: 'release date', md5: 'MD5 SUM', sha1: 'SHA1 SUM', size: 'file size' };

/** The landing page's facts against the bundle's, its listed documents and its links, one per line. */
function landingRows(page: LandingDescription): [string, string][] {
  const rows: [string, string][] = [['Landing page', escapeTerminal(page.source)]];
  if (page.problem !== undefined) return [...rows, ['', `could not be read: ${escapeTerminal(page.problem)}`]];
  const line = (at: number | undefined) => (at === undefined ? '' : ` (line ${at})`);
  for (const { fact, stated, line: at, agrees } of page.facts) {
    const verdict = stated === undefined ? 'not stated' : `"${escapeTerminal(stated)}"${line(at)}: ${agrees === undefined ? 'nothing to compare' : agrees ? 'agrees' : 'disagrees with the bundle'}`;
    rows.push(['', `${FACT_NAMES[fact]}: ${verdict}`]);
  }
  for (const { listed, line: at, inBundle } of page.documents) rows.push(['', `lists ${escapeTerminal(listed)}${line(at)}: ${inBundle ? 'in the bundle' : 'not in the bundle'}`]);
  rows.push(['', `support policy link: ${page.supportPolicy === undefined ? 'none' : escapeTerminal(page.supportPolicy)}`]);
  rows.push(['', `Compatibility Guide link: ${page.compatibilityGuide === undefined ? 'none' : escapeTerminal(page.compatibilityGuide)}`]);
  return rows;
}

/** What changed since the earlier release: its file, the version before and now, files added, removed and changed, the history kept or not. */
function changeRows(changes: ReleaseDiff): [string, string][] {
  const unknown = '(not found)';
  const listed = (label: string, paths: readonly string[]): [string, string][] =>
    paths.length === 0 ? [[label, 'none']] : paths.map((path, index): [string, string] => [index === 0 ? label : '', escapeTerminal(path)]);
  return [
    ['Previous', escapeTerminal(changes.previous)],
    ['Version', `${escapeTerminal(changes.version.previous ?? unknown)} -> ${escapeTerminal(changes.version.current ?? unknown)}`],
    ...listed('Added', changes.added),
    ...listed('Removed', changes.removed),
    ...listed('Changed', changes.changed),
    ['History', historyText(changes)],
  ];
}

/** Whether the release notes kept every earlier release the previous notes listed. */
export function historyText(changes: ReleaseDiff): string {
  return changes.history.kept
    ? 'the release notes keep every earlier release the previous notes listed'
    : `the release notes drop ${changes.history.missing.join(', ')}, which the previous release listed; keep every earlier release's section`;
}
