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
  /** A document's title only, not a file's name (a file named "debug" or "configure" is as often a build's or a settings file's). */
  readonly titleOnly?: RegExp;
}

/** The name standards give release notes (MIL-STD-498, NASA). */
const VERSION_DESCRIPTION = /\bversion description\b/;

/** Titles of a guide; "Getting Started" too, though release notes' chapter of that name points to the guide rather than being it. */
const GUIDE_TITLE = /\bconfig(?:uration)? guide\b|\badmin(?:istration|istrator'?s?)? guide\b|\buser'?s? guide\b|\bgetting started\b|\bquick ?start\b/;
/**
 * A page opening "How to Configure …" or "Configuring …" (TLS between components, a back end) is a page of the configuration guide,
 * however long its title; one configuring logs ("Configure Log Levels") is the support process's verbose logging.
 */
const CONFIGURATION_PAGE = /^(?:how to )?configur(?:e|ing)\b(?!.*\blog)/;
/** A page on diagnosing problems ("Troubleshooting", "Diagnostics"): the guide's troubleshooting part (its words name no document, so they are no title's words to strip from a product name). */
const DIAGNOSTIC = /\btroubleshoot|\bdiagnos(?:tics?|ing)\b|\bdetecting errors\b/;
/** A title of a page on debugging ("CSI driver debug tips", "Debugging Volume Attach Failures"); not "Debug Logging", which turns on verbose logs. */
const DEBUG_TITLE = /\bdebug (?:tips|guide)\b|\bdebugging\b/;

/**
 * A line of text saying how to get the logs (the support process's words, read by a diagnostics page's role and the logs topic alike): "get pod description and logs", "You can get
 * the logs from the manager pods", "collect the logs", or the command that prints them (`kubectl logs`, `journalctl -u`,
 * `docker logs`). The logs are the verb's object, at most three words after it: not "if you get an error in the controller logs",
 * "export LOG_LEVEL=debug to see verbose logs"; "send" is left out, as often denied ("does not send logs to a remote server")
 * as asked. A cue of the logs topic, so in the subset its page spells out (test/docs/cue-text.ts).
 */
export const LOGS_COLLECTED =
  /\b(?:get|getting|collect|collecting|gather|gathering|retrieve|retrieving|download|downloading|fetch|export|attach) (?:\w* )?(?:\w* )?(?:\w* )?logs\b|\b(?:kubectl|oc|docker|podman) logs\b|\bjournalctl\b/i;

/** A bare "License" ("LICENSE", "Software License"): an agreement's title, or any licence file's. */
const BARE_LICENCE = /^(?:software )?licen[cs]e$/;

/** Every role's words. */
const ROLE_WORDS: Readonly<Record<DocumentRole, RoleWords>> = {
  'release-notes': {
    heading: /\brelease[ -]?notes?\b|\bchange ?log\b|\bwhat'?s new\b/,
    // The name standards give release notes (MIL-STD-498, NASA): a "Version Description Document"; and a product's "Version History" or
    // "Release History" ("PrinterSetup Version History", "Version History - openSeaChest_Firmware"): not one alone, a guide's first
    // heading over its revisions, nor a guide's ("Corvid NAS Installation Guide - Version History"), nor headings.
    title: new RegExp(`${VERSION_DESCRIPTION.source}|^(?:\\S+ ){1,3}(?:version|release) history\\b|^(?:version|release) history \\S`),
    // Short forms name files ("RN_3.2.1.pdf", "RelNotes"), not titles, where "RN-200" is a model; so do NEWS and CHANGES, the GNU names
    // of a project's notes, alone or after a version ("corvid-4.9-CHANGES"; not "Notice_of_Changes").
    name: /\brn\b|\brel ?notes\b|\bnews$|(?:^|\d )changes$/,
  },
  'install-guide': {
    heading: /\binstall|\bsetup\b|\bdeploy/,
    // Not headings: a "Getting Started" chapter of the release notes points to the guide rather than being it.
    title: new RegExp(`${GUIDE_TITLE.source}|${DIAGNOSTIC.source}`),
    name: /\bug\b|\big\b/,
    titleOnly: new RegExp(`${CONFIGURATION_PAGE.source}|${DEBUG_TITLE.source}`),
  },
  support: {
    heading: /\bsupport (?:process|procedures?|policy)\b|\b(?:contacting|getting|obtaining|engaging|technical|customer) support\b|\bcustomer (?:service|care)\b/,
    // Not headings: there they head a paragraph of contacts or a feature ("Platform Support"); a document of its own is the process.
    title: /\bsupport\b|\bcontact(?:ing)?\b|\bhelp ?desk\b|\bescalation\b|\bget(?:ting)? help\b|\blog collection\b|\bcollecting logs\b/,
  },
  eula: {
    title: new RegExp(String.raw`\beula\b|end ?user ?licen[cs]e|end ?user ?(?:agreement|terms)|licen[cs]e ?(?:agreement|terms)|${BARE_LICENCE.source}|\bterms of use\b`),
  },
  'license-notice': {
    // A bare "NOTICE", Apache's "NOTICE file …"; not "Legal Notices", "Notice of Changes".
    title: /\b(?:open ?source|third ?party|3rd ?party)(?: software)? (?:notices?|licen[cs]es?|components|attributions?)\b|^notices?$|^notice file\b|\battributions?\b|\backnowledge?ments?\b|\bcopying\b/,
    name: /open ?source|third ?party|3rd ?party|\boss\b|\blicen[cs]es\b/,
  },
};

const PLACES: readonly RolePlace[] = ['heading', 'title', 'name'];
const ROLES = Object.keys(ROLE_WORDS) as DocumentRole[];

/** Each role's patterns at each place, built once: its column, those of the places before it, and at a title its title-only words. */
const WORDS_AT = new Map(
  ROLES.flatMap((role) =>
    PLACES.map((place, at) => {
      const titleOnly = place === 'title' && ROLE_WORDS[role].titleOnly ? [ROLE_WORDS[role].titleOnly] : [];
      return [`${role} ${place}`, [...PLACES.slice(0, at + 1).flatMap((column) => ROLE_WORDS[role][column] ?? []), ...titleOnly]] as const;
    }),
  ),
);

/** The patterns that name a role at a place: its column and those of the places before it. */
export function roleWords(role: DocumentRole, place: RolePlace): readonly RegExp[] {
  return WORDS_AT.get(`${role} ${place}`)!;
}

/**
 * The roles a file's name gives a document (`RN_3.2.1.pdf`, `InstallGuide`): several for an
 * "Installation and Support Guide", but an EULA or notices is nothing else ("Third-Party Licenses
 * of the Installer" is no guide).
 */
export function rolesOfName(name: string): DocumentRole[] {
  const stem = name.split(/[\\/]/).pop()!.replace(/\.[^.]*$/, '');
  return onlyLegal(rolesIn(stem, 'name'));
}

/** An EULA or notices is nothing else; the EULA wins ("EULA and Third-Party Notices"). */
function onlyLegal(roles: DocumentRole[]): DocumentRole[] {
  const legal = roles.find(isLegalRole);
  return legal ? [legal] : roles;
}

/** Whether a title or file name is of a page on diagnosing problems (a title may also say debugging). */
export function isDiagnostic(text: string, place: 'title' | 'name'): boolean {
  const words = roleText(text);
  return DIAGNOSTIC.test(words) || (place === 'title' && DEBUG_TITLE.test(words));
}

/** The words that name a document as release notes or a guide ("Release Notes", "Installation Guide"), not a diagnostics page: a title's words that are not the product's. */
export const DOCUMENT_NAMING: readonly RegExp[] = [ROLE_WORDS['release-notes'].heading!, VERSION_DESCRIPTION, ROLE_WORDS['install-guide'].heading!, GUIDE_TITLE, CONFIGURATION_PAGE];

export function isLegalRole(role: DocumentRole): role is 'eula' | 'license-notice' {
  return role === 'eula' || role === 'license-notice';
}

/**
 * A short title that is one of a document's topics: a page of a documentation set split into
 * pages, when it says nothing else. The guide's: "Prerequisites", "Troubleshooting", "Docker
 * Compatibility", "FAQs", "Encryption" (the program guide puts "details of any encryption being
 * used" in it), "CSI Common Issues"; the support process's: "Logging", "Log Files" (which logs to
 * collect).
 */
const TOPIC_PAGES: readonly (readonly [DocumentRole, RegExp])[] = [
  ['install-guide', /\bprerequisites?\b|\brequirements\b|\btroubleshoot|\bfaqs?\b|\bfrequently asked questions\b|\bcompatibility\b|\bupgrad|\buninstall|^configuration\b|\bencryption\b|\bcommon (?:issues|problems|errors)\b/],
  ['support', /\blogging\b|\blog files?\b|\blogs\b/],
];
const TOPIC_PAGE_WORDS = 5;

/** The roles a document's title gives it; an EULA or notices, as by name, is nothing else. */
export function rolesOfTitle(title: string): DocumentRole[] {
  const roles = onlyLegal(rolesIn(title, 'title'));
  if (roles.length > 0) return roles;
  const words = roleText(title);
  return words.split(' ').length <= TOPIC_PAGE_WORDS ? TOPIC_PAGES.filter(([, page]) => page.test(words)).map(([role]) => role) : [];
}

/** Whether a title is a bare "License" ("LICENSE", "Software License"): any licence file's, an agreement's or the notices'. */
export function isBareLicenceTitle(title: string): boolean {
  return BARE_LICENCE.test(roleText(title).trim());
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
