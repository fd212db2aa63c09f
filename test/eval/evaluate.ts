import { readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { writeBundle } from '../../fixtures/bundle.js';
import { release, type DocumentPlan } from '../../fixtures/release.js';
import { builtinRules } from '../../rules/index.js';
import { defineRule, type BundleDocument, type DocumentRole, type ReleaseFacts } from '../../rules/kit/index.js';
import { lint } from '../../src/lint.js';
import { productIn, productTitle } from '../../src/describe.js';
import { normalizeText } from '../../src/documents/document.js';
import { findVersion } from '../../src/formats/versions.js';
import { releaseNotesOf } from '../../src/release/release-notes.js';
import type { Label, Unit } from './corpus.js';

export const ROLES: readonly DocumentRole[] = ['release-notes', 'install-guide', 'support', 'eula', 'license-notice'];

/** Counts of one rule's verdicts: a positive is a finding (the rule says something is missing or wrong). */
export interface Verdicts {
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
  trueNegative: number;
  /** What went wrong, for the table's reader: `unit: fired|silent`. */
  readonly errors: string[];
}

export interface Evaluation {
  readonly rules: Map<string, Verdicts>;
  /** Per role: documents whose having (or not having) the role was read right. */
  readonly roles: Map<DocumentRole, { correct: number; total: number; readonly errors: string[] }>;
  readonly title: Score;
  /** Release facts of the release-notes documents: current version, its date, the history's versions, the product the title names. */
  readonly version: Score;
  readonly date: Score;
  readonly history: Score;
  readonly product: Score;
}

export interface Score {
  correct: number;
  total: number;
  readonly errors: string[];
}

/** The fixture format of a real file, by its extension. */
const FORMATS: Record<string, DocumentPlan['format']> = { '.md': 'md', '.txt': 'txt', '.html': 'html', '.docx': 'docx', '.doc': 'doc', '.odt': 'odt', '.rtf': 'rtf', '.pdf': 'pdf' };
const PLAN_ROLES: Record<DocumentRole, DocumentPlan['role']> = { 'release-notes': 'release-notes', 'install-guide': 'install-guide', support: 'support', eula: 'eula', 'license-notice': 'notices' };

/** Topics whose rule reports what the documents do, not what they leave out (README: "covered" means the rule fires). */
const FIRES_WHEN_COVERED = new Set(['install-guide/manual-steps']);

/** Each rule's expected verdict on a unit's documentation set, from its label; undefined where the label does not say. */
export function expectedFindings(label: Label): Map<string, boolean> {
  const expected = new Map<string, boolean>();
  const has = (role: DocumentRole) => label.roles.includes(role);
  for (const role of ['release-notes', 'install-guide', 'support'] as const) expected.set(`${role}/present`, !has(role));
  expected.set('eula/present', !has('eula'));
  expected.set('licenses/open-source', !has('license-notice'));
  // Every corpus document is a published, readable file: a docs/unreadable finding is a failure to read it.
  expected.set('docs/unreadable', false);
  if (label.placeholders) expected.set('docs/placeholder', label.placeholders.length > 0);
  if (label.helpLink) expected.set('docs/help-link', label.helpLink.url === null);
  for (const [id, sections] of Object.entries(label.topics)) {
    const role = id.split('/')[0] as DocumentRole;
    // A topic is judged only where the set has the role that carries it.
    if (!has(role)) continue;
    const firstRelease = id === 'release-notes/history' && label.releaseNotes?.firstRelease === true;
    // The contact protocol needs both a partner's URL and a toll-free number; a section giving fewer routes still falls short.
    const incomplete = id === 'support/contact' && !(label.contact?.url === true && label.contact.tollFree === true);
    // A rule against a topic fires when the set covers it (a manual step is a defect), the others when it does not.
    expected.set(id, FIRES_WHEN_COVERED.has(id) ? sections !== 'absent' : (sections === 'absent' || incomplete) && !firstRelease);
  }
  return expected;
}

// As the readers make document text comparable (typographic quotes and dashes plain, see normalizeText): a label keeps the document's “‘n’”.
const normalized = (text: string | null | undefined) => normalizeText(text ?? '').toLowerCase().replace(/\s+/g, ' ').replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');

/** What bundlelint reads from one document of a unit. */
export interface DocumentReading {
  readonly roles: readonly DocumentRole[];
  readonly title: string;
  /** Release facts, for a document labelled as release notes: versions as numbers, the date as read. */
  readonly version?: string;
  readonly date?: string;
  readonly history?: string;
  readonly product?: string;
}

/** What bundlelint says of a unit linted as the documentation of an otherwise compliant bundle. */
export interface UnitReading {
  /** The ids of the rules that reported findings. */
  readonly fired: ReadonlySet<string>;
  /** By the document's path in the unit. */
  readonly documents: ReadonlyMap<string, DocumentReading>;
}

/** Lints a unit as the documentation of an otherwise compliant bundle and keeps what the rules and the model say of it. */
export async function readUnit(unit: Unit, corpus: string, directory: string): Promise<UnitReading> {
  const path = await writeUnit(unit, corpus, directory);
  let seen: { documents: readonly BundleDocument[]; release: ReleaseFacts } | undefined;
  const probe = defineRule({
    meta: { id: 'eval/probe', severity: 'info', summary: 'Keeps what the model says of the documents', messages: { none: 'never reported' } },
    async check(bundle) {
      seen = { documents: await bundle.documents(), release: await bundle.release() };
    },
  });
  const result = await lint([path], { rules: [...builtinRules, probe], jobs: 1 });
  const documents = new Map<string, DocumentReading>();
  for (const { file, label } of unit.documents) {
    // A file the model does not take for a document (sniffed as something else) has no role and no title.
    const document = seen!.documents.find((candidate) => candidate.file.name === basename(file));
    const read = { roles: document?.roles ?? [], title: normalized(document?.content?.title) };
    if (!label.releaseNotes) {
      documents.set(file, read);
      continue;
    }
    const carrier = seen!.release.carriers.find((candidate) => candidate.place === 'release-notes' && candidate.path === document?.file.path);
    const notes = releaseNotesOf(seen!.documents).find((candidate) => candidate.document === document);
    documents.set(file, {
      ...read,
      version: carrier?.versions[0]?.version.nodes.join('.') ?? '',
      date: carrier?.dates[0]?.date ?? '',
      // Versions as numbers: the label writes them as the document does (23.07.0, v1.0).
      history: notes ? notes.versions.filter((section) => section !== notes.current).map((section) => section.version.nodes.join('.')).join(', ') : '',
      product: normalized(document && productIn(productTitle(document) ?? '')),
    });
  }
  return { fired: new Set(result.results[0]!.findings.map((finding) => finding.ruleId)), documents };
}

/**
 * Lints each unit as the documentation of an otherwise compliant bundle, and compares what the
 * rules and the model say with the labels.
 */
export async function evaluate(units: readonly Unit[], corpus: string, directory: string): Promise<Evaluation> {
  const evaluation: Evaluation = { rules: new Map(), roles: new Map(ROLES.map((role) => [role, { correct: 0, total: 0, errors: [] }])), title: score(), version: score(), date: score(), history: score(), product: score() };
  const registered = new Set(builtinRules.map((rule) => rule.meta.id));
  for (const [index, unit] of units.entries()) {
    const reading = await readUnit(unit, corpus, join(directory, String(index)));
    for (const [id, expected] of expectedFindings(unit.label)) {
      if (!registered.has(id)) continue;
      const verdicts = evaluation.rules.get(id) ?? { truePositive: 0, falsePositive: 0, falseNegative: 0, trueNegative: 0, errors: [] };
      evaluation.rules.set(id, verdicts);
      const actual = reading.fired.has(id);
      if (actual && expected) verdicts.truePositive += 1;
      else if (actual) verdicts.falsePositive += 1;
      else if (expected) verdicts.falseNegative += 1;
      else verdicts.trueNegative += 1;
      if (actual !== expected) verdicts.errors.push(`${unit.name}: ${actual ? 'fired' : 'silent'}`);
    }
    for (const { file, label } of unit.documents) {
      const read = reading.documents.get(file)!;
      for (const role of ROLES) {
        const counts = evaluation.roles.get(role)!;
        counts.total += 1;
        if (read.roles.includes(role) === label.roles.includes(role)) counts.correct += 1;
        else counts.errors.push(`${file}: ${read.roles.includes(role) ? 'taken as' : 'not taken as'} ${role}`);
      }
      mark(evaluation.title, file, read.title, normalized(label.title));
      const notes = label.releaseNotes;
      if (!notes) continue;
      // Versions as numbers, as the history's: the label writes a zero-padded node as the document does (2.02.50).
      const labelled = notes.current.version === null ? '' : (findVersion(notes.current.version)?.nodes.join('.') ?? notes.current.version.replace(/^v/i, ''));
      mark(evaluation.version, file, read.version!, labelled);
      // A label of a month (YYYY-MM) is read right by any day of it.
      mark(evaluation.date, file, notes.current.date?.length === 7 ? read.date!.slice(0, 7) : read.date!, notes.current.date ?? '');
      mark(evaluation.history, file, read.history!, notes.history.map((version) => findVersion(version)?.nodes.join('.') ?? version).join(', '));
      mark(evaluation.product, file, read.product!, normalized(notes.product));
    }
  }
  return evaluation;
}

/** The evaluation of several parts' units together: every count summed, every mistake kept. */
export function combined(parts: readonly Evaluation[]): Evaluation {
  const sum = (scores: readonly Score[]): Score => ({ correct: scores.reduce((total, one) => total + one.correct, 0), total: scores.reduce((total, one) => total + one.total, 0), errors: scores.flatMap((one) => one.errors) });
  const rules = new Map<string, Verdicts>();
  for (const [id, verdicts] of parts.flatMap((part) => [...part.rules])) {
    const into = rules.get(id) ?? { truePositive: 0, falsePositive: 0, falseNegative: 0, trueNegative: 0, errors: [] };
    rules.set(id, { truePositive: into.truePositive + verdicts.truePositive, falsePositive: into.falsePositive + verdicts.falsePositive, falseNegative: into.falseNegative + verdicts.falseNegative, trueNegative: into.trueNegative + verdicts.trueNegative, errors: [...into.errors, ...verdicts.errors] });
  }
  return {
    rules,
    roles: new Map(ROLES.map((role) => [role, sum(parts.map((part) => part.roles.get(role)!))])),
    title: sum(parts.map((part) => part.title)),
    version: sum(parts.map((part) => part.version)),
    date: sum(parts.map((part) => part.date)),
    history: sum(parts.map((part) => part.history)),
    product: sum(parts.map((part) => part.product)),
  };
}

/**
 * Writes a unit's documents as the documentation of an otherwise compliant bundle of their publisher
 * (its VIB's vendor), as the partner's own bundle would ship them; returns its path.
 */
export async function writeUnit(unit: Unit, corpus: string, directory: string): Promise<string> {
  const documents = unit.documents.map(({ file, label }) => ({
    role: PLAN_ROLES[label.roles[0] ?? 'install-guide'],
    format: FORMATS[extname(file).toLowerCase()]!,
    fileName: basename(file, extname(file)),
    content: readFileSync(join(corpus, file)),
  }));
  return writeBundle(directory, release({ vendor: unit.label.publisher.replace(/\s*\(.*\)$/, ''), documents, layout: { rootFolder: true, eula: 'docs' } }));
}

function score(): Score {
  return { correct: 0, total: 0, errors: [] };
}

function mark(score: Score, file: string, actual: string, expected: string): void {
  score.total += 1;
  if (actual === expected) score.correct += 1;
  else score.errors.push(`${file}: read "${actual}", labelled "${expected}"`);
}

/** Precision and recall of a rule's findings; undefined where nothing was there to measure. */
export function precisionRecall(verdicts: Verdicts): { precision: number | undefined; recall: number | undefined } {
  const fired = verdicts.truePositive + verdicts.falsePositive;
  const due = verdicts.truePositive + verdicts.falseNegative;
  return { precision: fired === 0 ? undefined : verdicts.truePositive / fired, recall: due === 0 ? undefined : verdicts.truePositive / due };
}
