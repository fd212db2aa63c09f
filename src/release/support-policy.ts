import { urlsIn } from '../documents/document.js';
import type { BundleDocument, PartnerIdentity } from '../model/model.js';
import { judgeLink, type LinkJudgement } from './links.js';

/** Words of an address's path that name a support policy: `/support-policy`, `/lifecycle`, `/end-of-life`, `/eol`, `/Release-Support`, `/supported-versions`. */
const POLICY_PATH = /support[\W_]*(?:polic|life[\W_]?cycle|terms|statement|matrix)|end[\W_]*of[\W_]*(?:support|life|service)|life[\W_]?cycle|(?:^|[\W_])eo[ls](?:$|[\W_])|release[\W_]*support|supported[\W_]*(?:versions|releases)|version[\W_]*support|maintenance[\W_]*polic/i;
/** Words of a sentence or heading that say the address is a support policy. */
const POLICY_TEXT = /\bsupport(?:ed)?[\s-]+(?:polic(?:y|ies)|life[\s-]?cycle|terms|statement|period)\b|\bend[\s-]+of[\s-]+(?:support|life|service|(?:general|standard) support)\b|\b(?:product|software|release)[\s-]+life[\s-]?cycle\b|\blife[\s-]?cycle[\s-]+(?:polic(?:y|ies)|dates?|matrix|phases?)\b|\bEO[LS]\b|\b(?:release|version)[\s-]+support\b|\bsupported[\s-]+(?:releases|versions)\b|\bmaintenance[\s-]+polic(?:y|ies)\b|\bsupport[\s-]+matrix\b/i;

/** An address the documents give, what it is to the partner, and the words that make it a support policy, if any. */
export interface PolicyCandidate {
  readonly document: BundleDocument;
  readonly judgement: LinkJudgement;
  /** The words of its path, sentence or heading that name a support policy; undefined when none do. */
  readonly evidence: string | undefined;
}

/**
 * Every address of the documents (not the EULA's or the notices'), each with what names it a
 * support policy: its path, the line that gives it, the line before (a label over it) or the
 * heading of its section. An address only behind a link (HTML, DOCX, PDF annotations) is
 * judged by its path, as its link's text is not kept with it.
 */
export function policyCandidates(documents: readonly BundleDocument[], identity: PartnerIdentity): PolicyCandidate[] {
  const candidates: PolicyCandidate[] = [];
  for (const document of documents) {
    const content = document.content;
    if (!content || document.roles.some((role) => role === 'eula' || role === 'license-notice')) continue;
    const seen = new Set<string>();
    const add = (url: string, context: string) => {
      seen.add(url);
      const evidence = POLICY_PATH.exec(pathOf(url))?.[0] ?? POLICY_TEXT.exec(context)?.[0];
      candidates.push({ document, judgement: judgeLink(url, identity), evidence: evidence?.trim() });
    };
    for (const section of content.sections) {
      // No address spans lines, so a section whose text has none has none in any line: most sections, not split and read line by line.
      if (urlsIn(section.body).length === 0) continue;
      const lines = section.body.split('\n');
      lines.forEach((line, index) => {
        for (const url of urlsIn(line)) add(url, `${section.heading?.text ?? ''}\n${lines[index - 1] ?? ''}\n${line}`);
      });
    }
    for (const url of content.urls) if (!seen.has(url)) add(url, '');
  }
  return candidates;
}

function pathOf(url: string): string {
  try {
    const parsed = new URL(url);
    return decodeURIComponent(`${parsed.pathname}${parsed.search}`);
  } catch {
    return '';
  }
}
