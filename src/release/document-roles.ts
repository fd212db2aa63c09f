import type { ParsedDocument } from '../documents/document.js';
import type { DocumentRole, RoleSource } from '../model/model.js';
import { legalEvidence, legalRoleOf, soundsLegal } from './legal-text.js';
import { manualSteps } from './install-procedure.js';
import { givesSteps } from './procedure.js';
import { isVersionHeading, namedVersionHeadings, NOTES_PART, withoutNumbering } from './release-notes.js';
import { headingOpens, isBareLicenceTitle, isDiagnostic, isLegalRole, LOGS_COLLECTED, rolesOfName, rolesOfTitle } from './roles.js';

export interface DocumentRoles {
  readonly roles: readonly DocumentRole[];
  readonly source: RoleSource | undefined;
}

/** Headings of an installation guide's topics, besides those that name installing. */
const GUIDE_TOPICS = /\bprerequisites?\b|\brequirements\b|\bbefore you begin\b|\bconfigur|\btroubleshoot|\bupgrad|\buninstall|\bremov(?:e|ing) the\b|\bsupported (?:configurations?|platforms|versions|storage)\b|\bcompatibility\b/i;
/** Words of notes' headings besides their parts' (`NOTES_PART`): a first release's "Features", "Release Name:", "Changes". */
const NOTES_WORDS = /\b(?:features|release|version|changes|changelog)\b/i;
/** A version number in a title: "… 3.2.1 Release Notes". */
const TITLE_VERSION = /\bv?\d+\.\d+(?:\.\d+)*\b/;

/**
 * What a document is for. A role comes from the title the document shows first, its file's
 * name second, the title in its file properties last (a template's, often stale), and is
 * doubted by content: release notes with no version section, no version in the title and no
 * part of a version's notes ("Fixed", "Known Issues") are not taken for release notes when the
 * text reads as something else (a compilation guide whose file properties a template left). An
 * EULA or notices by title is nothing else, by name too unless the title and text say otherwise;
 * a text that is plainly a licence agreement or notices is one whatever else its title or name
 * says, unless it is a guide by title whose sections are a guide's topics (a guide reproducing its
 * licence on the copyright page). A document whose title and name say nothing is judged by its text alone.
 */
export function documentRoles(name: string, content: ParsedDocument | undefined): DocumentRoles {
  const byName = rolesOfName(name);
  if (!content) return { roles: byName, source: byName.length > 0 ? 'name' : undefined };
  const visible = content.titleSource === 'visible' ? content.title : undefined;
  const byTitle = visible ? rolesOfTitle(visible) : [];
  const candidates: [RoleSource, DocumentRole[]][] = [
    ['title', byTitle],
    ['name', byName],
    ['metadata', content.metadataTitle ? rolesOfTitle(content.metadataTitle) : []],
  ];
  const evidence = legalEvidence(content.text);
  // An EULA or notices by title is one. By name too, whatever heading opens it ("1. Installation and Use Rights"),
  // unless the title says it is something else and the text nothing of a licence ("Corvid_Licenses_Guide.pdf").
  const titleLegal = byTitle.find(isLegalRole);
  // A bare "LICENSE" title is any licence file's: notices by name ("open_source_licenses.txt", opening with the product's own licence) or plainly by text are notices.
  if (titleLegal === 'eula' && isBareLicenceTitle(visible!)) {
    if (byName.includes('license-notice') && soundsLegal(evidence)) return { roles: ['license-notice'], source: 'name' };
    if (legalRoleOf(evidence, true) === 'license-notice') return { roles: ['license-notice'], source: 'content' };
  }
  if (titleLegal) return { roles: [titleLegal], source: 'title' };
  const nameLegal = byName.find(isLegalRole);
  if (nameLegal && (byTitle.length === 0 || soundsLegal(evidence))) return { roles: [nameLegal], source: 'name' };
  let fromText: DocumentRole[] | undefined;
  const byText = () => (fromText ??= rolesOfText(content));
  // Release notes are kept unless the text reads as something else, and not as notes; read once for every place that says so.
  let notesKept: boolean | undefined;
  const keepsNotes = () => (notesKept ??= readsAsNotes(content, visible) || byText().length === 0);
  for (const [source, roles] of candidates) {
    const kept = roles.filter((role) => role !== 'release-notes' || keepsNotes());
    if (kept.length === 0) continue;
    // A guide by title whose sections are a guide's topics ("Prerequisites", "Configuration"; an agreement has none) holds its
    // licence as a part: the agreement its copyright page reproduces.
    const whole = source === 'title' && kept.includes('install-guide') && guideTopics(content, false).size >= 2;
    const plainly = kept.some(isLegalRole) || whole ? undefined : legalRoleOf(evidence, true);
    return plainly ? { roles: [plainly], source: 'content' } : { roles: withSupport(kept, name, visible, content), source };
  }
  const legal = legalRoleOf(evidence);
  if (legal) return { roles: [legal], source: 'content' };
  return { roles: byText(), source: byText().length > 0 ? 'content' : undefined };
}

/** A heading on logs: "Logging", "CSI Driver Logs", "Getting velero debug logs", "Log Collector"; not a question quoting a log. */
const LOGS_HEADING = /\blogs?\b|\blogging\b|\blog ?files?\b/i;
const LOGS_HEADING_WORDS = 6;
/** A heading saying where to get help ("Where Can I Get Help?", "Contacting Support"), not one naming what a product supports ("NFS 4.1 Support"). */
const HELP_HEADING = /\bget(?:ting)? help\b|\bcontact(?:ing)? (?:us|support|technical support|customer support)\b|\b(?:technical|customer) support\b/i;

/**
 * A diagnostics page of the guide (by its title or name) that says how to get the logs, by a heading or in its text, or
 * where to get help, by a heading ("Where Can I Get Help?", "Contacting Support"), is also the support process's: which
 * logs to have handy and how to collect them, and the contact protocol (program guide, Packaging 3a).
 */
function withSupport(roles: DocumentRole[], name: string, title: string | undefined, content: ParsedDocument): DocumentRole[] {
  if (!roles.includes('install-guide') || roles.includes('support') || !(isDiagnostic(name.split(/[\\/]/).pop()!, 'name') || (title !== undefined && isDiagnostic(title, 'title')))) return roles;
  const short = (heading: string) => heading.trim().split(/\s+/).length <= LOGS_HEADING_WORDS;
  const onLogs = content.sections.some(({ heading }) => heading !== undefined && short(heading.text) && (LOGS_HEADING.test(heading.text) || HELP_HEADING.test(heading.text))) || LOGS_COLLECTED.test(content.text);
  return onLogs ? [...roles, 'support'] : roles;
}

/** An agreement's heading, whatever guide topic it names too ("ADDITIONAL LICENSING REQUIREMENTS AND/OR USE RIGHTS"). */
const LEGAL_HEADING = /\blicen[cs]|\brights\b|\bagreement\b|\bterms\b|\bwarrant|\bliabilit/i;

/** The topics of an installation guide besides installing that the document's headings name (see `GUIDE_TOPICS`); without `legal`, not in an agreement's headings. */
function guideTopics(content: ParsedDocument, legal = true): Set<string> {
  return new Set(content.sections.flatMap(({ heading }) => (heading && (legal || !LEGAL_HEADING.test(heading.text)) ? (GUIDE_TOPICS.exec(heading.text)?.[0].toLowerCase() ?? []) : [])));
}

/**
 * Whether a document reads as release notes: a version's section, a version in its title, a
 * part of a version's notes, or releases named by product ("whirl 0.2.1", "whirl 0.2.0", "whirl 0.1.7"). Section numbers ("4.2.2 Executing Compilation Scripts") are no versions.
 */
function readsAsNotes(content: ParsedDocument, title: string | undefined): boolean {
  if (title && TITLE_VERSION.test(title)) return true;
  const headingOf = withoutNumbering(content);
  return content.sections.some((section) => section.heading && (isVersionHeading(headingOf(section.heading.text)) || NOTES_PART.test(section.heading.text) || NOTES_WORDS.test(section.heading.text))) || namedVersionHeadings(content, headingOf).size > 0;
}

/**
 * The roles a document's text gives it when nothing names them: release notes divided by
 * version, or titled by their release over a part of its notes; an installation guide that has sections on installing or on two of a guide's other
 * topics, and gives steps; a support process whose sections say how to engage support, or whose text does
 * what the process does (`SUPPORT_PROCESS`).
 */
function rolesOfText(content: ParsedDocument): DocumentRole[] {
  const headings = content.sections.flatMap((section) => (section.heading ? [section.heading.text] : []));
  const roles: DocumentRole[] = [];
  const headingOf = withoutNumbering(content);
  // Notes of one release may have one version heading, their title ("Heron Release 24.11"), over a part of a version's notes ("New Features").
  const titledRelease = content.title !== undefined && isVersionHeading(headingOf(content.title)) && headings.some((heading) => NOTES_PART.test(heading));
  if (titledRelease || headings.filter((heading) => isVersionHeading(headingOf(heading))).length >= 2) roles.push('release-notes');
  const installing = headings.some((heading) => headingOpens('install-guide', heading));
  const topics = guideTopics(content);
  // A page configuring the product whose headings name neither (a driver's page: "iSCSI driver", "Multiple Pools") is one by
  // what its steps edit; not release notes, whose changes read like edits ("Added the foo option to rsyncd.conf").
  const configures = () => !roles.includes('release-notes') && editsConfiguration(content, headings);
  // A page titled by a problem or by tuning (a knowledge-base article, "Performance tuning") fixes or tunes what is installed, whatever its steps.
  const fixes = content.title !== undefined && (PROBLEM_TITLE.test(content.title) || TUNING.test(content.title));
  if (!fixes && givesSteps(content.text) && (installing || topics.size >= 2 || configures())) roles.push('install-guide');
  if (headings.some((heading) => headingOpens('support', heading)) || doesWhatSupportDoes(content.text)) roles.push('support');
  return roles;
}

/**
 * What the support process itself says, whatever its title ("Submitting tickets", "Service levels"): when support
 * answers ("responds to your request within four hours"), the support line or its hours ("call the 24x7x365 support
 * line"), a ticket or case the customer opens ("creating a ticket in the Customer Portal", "open a support case"; the
 * costliest to look for, so last). Two of them make a page the process; one is a passing mention (a README's "create
 * a ticket on GitHub").
 */
const SUPPORT_PROCESS: readonly RegExp[] = [
  /\brespon(?:d|ds|se|ses)\b[^.]{0,60}?\bwithin\s+(?:\d+|one|two|three|four|eight|twenty-four)\s+(?:business\s+)?(?:minutes?|hours?|days?)\b/i,
  /\b24\s?[x/]\s?7(?:\s?[x/]\s?365)?\b|\bsupport\s+(?:line|hotline|desk)\b|\bcall\s+(?:us|our|the)\s+(?:\w+\s+)?(?:support|help\s?desk|service\s+desk)\b/i,
  /\b(?:open|opening|submit|submitting|create|creating|file|filing|log|logging|raise|raising)\s+(?:(?:a|an|the|your)\s+)?(?:new\s+)?(?:(?:support|service)\s+)?(?:tickets?|cases?)\b|\bsupport\s+(?:tickets?|cases?|requests?)\b/i,
];

/** Whether two of `SUPPORT_PROCESS`'s cues are in the text; it stops as soon as two are found or two can no longer be. */
function doesWhatSupportDoes(text: string): boolean {
  let found = 0;
  for (const [index, cue] of SUPPORT_PROCESS.entries()) {
    if (found + SUPPORT_PROCESS.length - index < 2) return false;
    if (cue.test(text) && ++found === 2) return true;
  }
  return false;
}

/** A heading that diagnoses a problem: "Symptoms", "Cause", "Resolution", "Workaround". */
const DIAGNOSING_HEADING = /^(?:symptoms?|causes?|root cause|resolution|workarounds?|solution|problem|issue)$/i;
/** Tuning a product already configured: "Performance tuning", "Optimizing throughput"; not a product named for its performance. */
const TUNING = /\btun(?:e|ing)\b|\bperformance (?:tuning|considerations|best practices)\b|\boptimi[sz](?:e|es|ing|ation)\b/i;
/** A title that states a problem: "Agent cannot reach the array after a certificate renewal", "Volumes fail to attach". */
const PROBLEM_TITLE = /\b(?:cannot|can't|unable|fail(?:s|ed|ing|ures?)?|errors?|not (?:work|start|connect|respond|load)\w*|hang(?:s|ing)?|crash\w*|times? out|timeouts?)\b/i;

/**
 * Whether the document has the reader edit a configuration file (`manualSteps`' edits: "Edit /etc/corvid.conf", "Make the
 * following changes on … block.conf") to configure the product: not a knowledge-base article or tuning page, whose edit
 * fixes a problem its title states or its headings diagnose, or tunes a product already configured.
 */
function editsConfiguration(content: ParsedDocument, headings: readonly string[]): boolean {
  if (headings.some((text) => DIAGNOSING_HEADING.test(text.replace(/^[\d.\s]+/, '').trim()) || TUNING.test(text))) return false;
  return manualSteps(content).some((step) => step.kind === 'edit');
}
