import type { ParsedDocument } from '../documents/document.js';
import type { DocumentRole } from '../model/model.js';
import { givesSteps } from './procedure.js';
import { headingOpens } from './roles.js';
import { textLines } from './text-lines.js';

/** A release-notes heading about the document it is in ("What's New in This Guide"), not about the product. */
const ABOUT_ITSELF = /\bthis (?:guide|document|manual|edition|book|publication|revision)\b|\bdocument(?:ation)? (?:changes|updates|history)\b/i;

/**
 * Whether a section of a document with another role plays `role`: its heading names the role, and
 * its text bears it out. An installation section walks through steps (one that only points to
 * the guide elsewhere is not the guide); release notes are about the product, not the document.
 */
export function sectionPlays(role: DocumentRole, content: ParsedDocument, index: number): boolean {
  const heading = content.sections[index]?.heading?.text;
  if (!heading || !headingOpens(role, heading)) return false;
  if (role === 'release-notes') return !ABOUT_ITSELF.test(heading);
  if (role === 'install-guide') return givesSteps(sectionLines(content, index));
  return true;
}

/** The lines of a section and its sub-sections, read as they are asked for (a check that stops early reads no more). */
function* sectionLines(content: ParsedDocument, index: number): Generator<string> {
  for (let at = index; at < content.sections[index]!.end; at += 1) {
    const section = content.sections[at]!;
    if (at > index && section.heading) yield section.heading.text;
    yield* textLines(section.body);
  }
}
