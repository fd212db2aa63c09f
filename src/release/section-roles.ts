import type { ParsedDocument } from '../documents/document.js';
import type { DocumentRole } from '../model/model.js';
import { countSteps, isStepLine, PROCEDURE_STEPS } from './procedure.js';
import { isNotesChapter } from './release-notes.js';
import { headingOpens } from './roles.js';
import { textLines } from './text-lines.js';

/**
 * Whether a section of a document with another role plays `role`: its heading names the role, and
 * its text bears it out. An installation section walks through steps (one that only points to
 * the guide elsewhere is not the guide); release notes are about the product, not the document,
 * and give a version's notes (see `isNotesChapter`).
 */
export function sectionPlays(role: DocumentRole, content: ParsedDocument, index: number): boolean {
  const heading = content.sections[index]?.heading?.text;
  if (!heading || !headingOpens(role, heading)) return false;
  if (role === 'release-notes') return isNotesChapter(content, index);
  if (role === 'install-guide') {
    // Two steps among its text and its sub-sections' headings and text.
    const { prefix, headings } = stepsOf(content);
    return prefix[content.sections[index]!.end]! - prefix[index]! - headings[index]! >= PROCEDURE_STEPS;
  }
  return true;
}

const counted = new WeakMap<ParsedDocument, { prefix: number[]; headings: number[] }>();

/**
 * The step lines of each section's heading and text (up to PROCEDURE_STEPS each, enough to tell), summed
 * over the document in order: a section's and its sub-sections' are a difference of two sums.
 * Counted once per document, so asking of every section costs no square of the nesting depth.
 */
function stepsOf(content: ParsedDocument): { prefix: number[]; headings: number[] } {
  let steps = counted.get(content);
  if (!steps) {
    const headings = content.sections.map((section) => (section.heading && isStepLine(section.heading.text) ? 1 : 0));
    const prefix = [0];
    content.sections.forEach((section, index) => prefix.push(prefix[index]! + headings[index]! + countSteps(textLines(section.body), PROCEDURE_STEPS)));
    steps = { prefix, headings };
    counted.set(content, steps);
  }
  return steps;
}
