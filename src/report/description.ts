import type { DocumentRole, RoleSource } from '../model/model.js';
import type { Description } from '../describe.js';
import type { ReleaseDiff } from '../model/release-diff.js';
import { escapeTerminal } from './text.js';

const SOURCE_NAMES: Readonly<Record<RoleSource, string>> = { title: 'title', name: 'name', metadata: 'file properties', content: 'text' };
const ROLE_NAMES: Readonly<Record<DocumentRole, string>> = {
  'release-notes': 'release notes',
  'install-guide': 'installation guide',
  support: 'support process',
  eula: 'EULA',
  'license-notice': 'open-source notices',
};

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
  return rows.map(([label, value]) => `${label.padEnd(14)}${value}\n`).join('');
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
