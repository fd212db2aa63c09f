import type { ParsedDocument } from '../documents/document.js';
import type { DocumentRole } from '../model/model.js';
import { countSteps, isStepLine, PROCEDURE_STEPS, stepsUnder, type StepCounter } from './procedure.js';
import { isNotesChapter } from './release-notes.js';
import { headingOpens } from './roles.js';

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
  // Two steps among its text and its sub-sections' headings and text.
  if (role === 'install-guide') return stepsUnder(content, index, STEP_LINES) >= PROCEDURE_STEPS;
  return true;
}

/** Step lines, up to PROCEDURE_STEPS in each section's text (enough to tell), and a heading that is one. */
const STEP_LINES: StepCounter = { heading: (text) => (isStepLine(text) ? 1 : 0), lines: (lines) => countSteps(lines, PROCEDURE_STEPS) };
