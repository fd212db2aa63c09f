import type { DocumentRole } from '../model/model.js';

/** Where a document's role is read: a heading opening a section of another document, a document's title, a file's name. */
export type RolePlace = 'heading' | 'title' | 'name';

/**
 * The words that say what a document is for, matched in lower case with separators as spaces
 * (see `roleText`). Each place also reads the columns of those before it: a heading's words
 * name the role in a title, a title's in a file name.
 */
interface RoleWords {
  /** A heading, in a document with another role, that opens a section playing this one (a "Release Notes" chapter). */
  readonly heading?: RegExp;
  /** A document's title (or, without one, its first heading). */
  readonly title?: RegExp;
  /** A file's name. */
  readonly name?: RegExp;
}

/** Every role's words; the EULA and the notices are known by their file's name only. */
const ROLE_WORDS: Readonly<Record<DocumentRole, RoleWords>> = {
  'release-notes': {
    heading: /\brelease ?notes?\b|\bchange ?log\b|\bwhat'?s new\b/,
    // Short forms name files ("RN_3.2.1.pdf"), not titles, where "RN-200" is a model.
    name: /\brn\b/,
  },
  'install-guide': {
    heading: /\binstall|\bsetup\b|\bdeploy/,
    // Not headings: a "Getting Started" chapter of the release notes points to the guide rather than being it.
    title: /\bconfig(?:uration)? guide\b|\badmin(?:istration|istrator'?s?)? guide\b|\buser'?s? guide\b|\bgetting started\b|\bquick ?start\b/,
    name: /\bug\b|\big\b/,
  },
  support: {
    heading: /\bsupport (?:process|procedures?|policy)\b|\b(?:contacting|getting|obtaining|engaging|technical|customer) support\b|\bcustomer service\b/,
    // Not headings: there they head a paragraph of contacts or a feature ("Platform Support"); a document of its own is the process.
    title: /\bsupport\b|\bcontact(?:ing)? us\b|\bhelp ?desk\b|\bescalation\b/,
  },
  eula: { name: /\beula\b|end ?user ?licen[cs]e|licen[cs]e ?agreement|^(?:software )?licen[cs]e$/ },
  'license-notice': { name: /open ?source|third ?party|\bnotices?\b|\boss\b|\blicen[cs]es\b|\battributions?\b|\bcopying\b/ },
};

const PLACES: readonly RolePlace[] = ['heading', 'title', 'name'];
const ROLES = Object.keys(ROLE_WORDS) as DocumentRole[];

/** The patterns that name a role at a place: its column and those of the places before it. */
export function roleWords(role: DocumentRole, place: RolePlace): RegExp[] {
  const words = ROLE_WORDS[role];
  return PLACES.slice(0, PLACES.indexOf(place) + 1).flatMap((column) => words[column] ?? []);
}

/**
 * The roles a file's name gives a document (`RN_3.2.1.pdf`, `InstallGuide`): several for an
 * "Installation and Support Guide", but an EULA or notices is nothing else ("Third-Party Licenses
 * of the Installer" is no guide).
 */
export function rolesOfName(name: string): DocumentRole[] {
  const stem = name.split(/[\\/]/).pop()!.replace(/\.[^.]*$/, '');
  const roles = rolesIn(stem, 'name');
  const only = roles.find((role) => role === 'eula' || role === 'license-notice');
  return only ? [only] : roles;
}

/** The roles a document's title gives it. */
export function rolesOfTitle(title: string): DocumentRole[] {
  return rolesIn(title, 'title');
}

/** Whether a heading, in a document with another role, opens a section playing `role`. */
export function headingOpens(role: DocumentRole, heading: string): boolean {
  const text = roleText(heading);
  return roleWords(role, 'heading').some((words) => words.test(text));
}

function rolesIn(text: string, place: RolePlace): DocumentRole[] {
  const words = roleText(text);
  return ROLES.filter((role) => roleWords(role, place).some((pattern) => pattern.test(words)));
}

/** Lower case, camel case split, separators as single spaces: "InstallGuide_v3" → "install guide v3". */
function roleText(text: string): string {
  return text.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().replace(/[\s_\-.+]+/g, ' ').replace(/’/g, "'");
}
