/**
 * Licence documents told apart by what their text says, whatever their file is called: an End
 * User License Agreement grants a licence on terms the user accepts, disclaims warranties and
 * limits liability; notices list third-party components with their copyrights and licences.
 */

/** The clauses an EULA is made of, each with the words that make it. */
const EULA_CLAUSES: readonly { readonly clause: string; readonly words: RegExp }[] = [
  { clause: 'an agreement', words: /\b(?:licen[cs]e|software|end[\s-]*user|subscription|customer) (?:agreement|terms)\b|\bthis agreement\b|\bthese (?:licen[cs]e )?terms\b/i },
  { clause: 'a grant of licence', words: /\bgrants? (?:to )?(?:the )?(?:you|licensee|customer|end[\s-]*user)\b|\b(?:is|are) (?:hereby )?granted\b|\bhereby grants?\b|\blicen[cs]es? (?:you )?to use\b|\byou may (?:install and )?use (?:one|any number of|copies|a copy)\b/i },
  { clause: 'acceptance', words: /\bby (?:installing|downloading|using|accessing|clicking|copying)\b|\b(?:agree|accept)\w* (?:to )?(?:be bound by )?(?:these|the|this) (?:terms|agreement|licen[cs]e)|\bif you do not (?:agree|accept)\b/i },
  { clause: 'a warranty disclaimer', words: /\bas[\s-]is\b|\bdisclaim\w*\b[^.]{0,120}\bwarrant|\bwithout (?:any )?warranty\b|\bno warrant(?:y|ies)\b/i },
  { clause: 'a limitation of liability', words: /\bin no event\b[^.]{0,250}\bliable\b|\blimitation of liability\b|\bliab\w+ for any\b/i },
  { clause: 'termination or governing law', words: /\bterminat\w* (?:this|the|your) (?:agreement|licen[cs]e|rights?)\b|\bgoverning law\b|\bgoverned by the laws?\b/i },
];

/** Words that say a text lists third-party or open-source components. */
const NOTICE_WORDS = /\b(?:third|3rd)[\s-]*party (?:software|components?|notices?|licen[cs]es?|code|libraries)\b|\bopen[\s-]*source (?:components?|licen[cs]es?|notices?|libraries)\b|\bthis product (?:includes|contains) (?:software|the following)\b|\bnotice file\b|\battributions?\b/i;
/**
 * The preamble notices open with, which nothing else says of itself: "(sub)components … with separate copyright notices and
 * license terms" (Apache's LICENSE appendix, VMware's open_source_licenses.txt, OpenEBS's NOTICE.md).
 */
const NOTICES_PREAMBLE = /\b(?:sub)?components\b[^.]{0,120}\bwith separate copyright notices and licen[cs]e terms\b/i;
/** A copyright line with its year: `Copyright (c) 2011 Keith Rarick`, `(C) Copyright IBM Corp. 2003`. */
const COPYRIGHT_LINE = /^.{0,40}?(?:copyright|\(c\)|©).{0,120}?\b(?:19|20)\d\d\b.*$/im;
const LICENSED_UNDER = /\blicen[cs]ed under\b/i;
/** Names of open-source licences, each counted once. */
const LICENCE_NAMES: readonly RegExp[] = [
  /\bapache(?: licen[cs]e|[\s-]*2\.0)\b/i,
  /\bmit licen[cs]e\b|\bthe mit\b|\blicen[cs]e: mit\b/i,
  /\bbsd\b/i,
  /\bgnu (?:lesser |library )?general public licen[cs]e\b|\b[la]?gpl(?:v?[23])?\b/i,
  /\bmozilla public licen[cs]e\b|\bmpl\b/i,
  /\bisc licen[cs]e\b/i,
  /\beclipse public licen[cs]e\b|\bepl\b/i,
  /\bcddl\b|\bcommon development and distribution licen[cs]e\b/i,
  /\bzlib\b/i,
  /\bcreative commons\b/i,
  /\bpython software foundation licen[cs]e\b/i,
];
/** Where a licence document says what it is: notices and agreements open with it. */
const OPENING = 3000;
/** The text read: enough for the longest agreement and a long list of notices. */
const READ = 200_000;

/** What a text holds of each kind of licence document. */
export interface LegalEvidence {
  /** The EULA clauses found, in the order of `EULA_CLAUSES`. */
  readonly clauses: readonly string[];
  /** Whether the opening names an agreement or grants a licence, as an EULA's does. */
  readonly opensAsAgreement: boolean;
  /** Distinct copyright holders (a footer repeated on every page is one). */
  readonly copyrights: number;
  /** Distinct open-source licences named, and "licensed under" phrases. */
  readonly licences: number;
  /** Whether the opening says it lists third-party or open-source components, or holds a copyright or licence line. */
  readonly opensAsNotices: boolean;
  /** Whether the opening says, in words, that it lists third-party or open-source components. */
  readonly opensListingComponents: boolean;
  /** Whether the opening says its components come with separate copyright notices and licence terms (see `NOTICES_PREAMBLE`). */
  readonly opensWithPreamble: boolean;
}

export function legalEvidence(text: string): LegalEvidence {
  const read = text.length > READ ? text.slice(0, READ) : text;
  const opening = read.slice(0, OPENING);
  const clauses = EULA_CLAUSES.filter(({ words }) => words.test(read)).map(({ clause }) => clause);
  const copyrights = new Set(read.match(everywhere(COPYRIGHT_LINE))?.map(holderOf)).size;
  const licences = LICENCE_NAMES.filter((name) => name.test(read)).length + (read.match(everywhere(LICENSED_UNDER))?.length ?? 0);
  const opensListingComponents = NOTICE_WORDS.test(opening);
  const opensAsNotices = opensListingComponents || COPYRIGHT_LINE.test(opening) || LICENSED_UNDER.test(opening);
  return { clauses, opensAsAgreement: EULA_CLAUSES.slice(0, 2).some(({ words }) => words.test(opening)), copyrights, licences, opensAsNotices, opensListingComponents, opensWithPreamble: NOTICES_PREAMBLE.test(opening) };
}

/** Who a copyright line names, without years, page numbers and the words around: "© 2026 Acme Inc. Page 4" and "Page 9" are one holder. */
function holderOf(line: string): string {
  return line.toLowerCase().replace(/copyright|\(c\)|©|all rights reserved|\bpage\b|\d+/g, ' ').replace(/[^\p{L}]+/gu, ' ').trim();
}

/** A pattern's copy that matches every occurrence (a global pattern kept in a constant would keep where it stopped). */
function everywhere(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, `${pattern.flags}g`);
}

/**
 * What a text shows itself to be: notices when it opens as notices and lists several copyrights
 * or licences (one project's copyright and licence is a licence), or opens with the notices'
 * preamble and names a licence (a short NOTICE that links its components' reports); an EULA when it opens as an
 * agreement, grants a licence and holds most of an agreement's other clauses (acceptance,
 * disclaimer, liability, termination). A guide that mentions its licence, or a section of notices
 * deep inside it, is neither. `unmistakably`: only when the text is so plainly one that it
 * outweighs what its title or name says ("1. Installation and Use Rights").
 */
export function legalRoleOf(evidence: LegalEvidence, unmistakably = false): 'eula' | 'license-notice' | undefined {
  const listed = evidence.copyrights + evidence.licences;
  const notices = unmistakably
    ? evidence.opensListingComponents && evidence.copyrights >= 3 && evidence.licences >= 3
    : (evidence.opensAsNotices && listed >= 3 && (evidence.copyrights >= 2 || evidence.licences >= 3)) || (evidence.opensWithPreamble && listed >= 1);
  const agreement = evidence.opensAsAgreement && evidence.clauses.includes('a grant of licence') && evidence.clauses.length >= (unmistakably ? 4 : 3);
  // An agreement that names a few components' licences is still the agreement; notices list many copyright holders.
  if (agreement && (!notices || (evidence.clauses.length >= 5 && evidence.copyrights < 3))) return 'eula';
  return notices ? 'license-notice' : undefined;
}

/** Whether a text says something of a licence document: two clauses of an agreement, or two copyrights or licences. */
export function soundsLegal(evidence: LegalEvidence): boolean {
  return evidence.clauses.length >= 2 || evidence.copyrights + evidence.licences >= 2;
}
