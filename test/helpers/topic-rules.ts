import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { DefectName } from '../../fixtures/defects.js';
import { defaultRelease, documentsIn, type DocumentFormat, type DocumentPlan, type DocumentTopic } from '../../fixtures/release.js';
import { documentPath, located, VARIANTS } from './documents.js';
import { DOCS, generated, scratchDirectory } from './lint.js';

type Role = 'release-notes' | 'install-guide' | 'support';

/**
 * The tests every topic rule owes, inside its `describe`: it fires on documents leaving out
 * exactly its topic (the default formats, and a PDF of labelled paragraphs), finds the topic in
 * every compliant variant, and, given a defect that makes its document unreadable, says so.
 */
export function topicRuleTests(rule: string, topic: DocumentTopic, role: Role, expected: { line?: number; unreadable?: readonly [DefectName, DocumentFormat] } = {}): void {
  const directory = scratchDirectory();
  const defaultFormat = defaultRelease().documents.find((plan) => plan.role === role)!.format;

  it('reports documents that leave the topic out', async () => {
    expect(await located(rule, await generated(join(directory, 'omitted'), [], { omit: [topic] }))).toEqual([
      { ruleId: rule, severity: 'error', path: documentPath(role, defaultFormat), ...(expected.line === undefined ? {} : { line: expected.line }), messageId: 'missing' },
    ]);
  });

  it('reports the topic left out of a PDF with labelled paragraphs', async () => {
    const changes = { omit: [topic], wording: 'labelled' as const, documents: documentsIn('pdf') };
    expect(await located(rule, await generated(join(directory, 'omitted-pdf'), [], changes))).toEqual([
      { ruleId: rule, severity: 'error', path: documentPath(role, 'pdf'), messageId: 'missing' },
    ]);
  });

  it.each(VARIANTS)('finds the topic with %s', async (name, changes) => {
    expect(await located(rule, await generated(join(directory, name), [], changes))).toEqual([]);
  });

  const { unreadable } = expected;
  if (unreadable) {
    it('says it could not check a document that could not be read', async () => {
      expect(await located(rule, await generated(join(directory, 'unreadable'), [unreadable[0]]))).toEqual([
        { ruleId: rule, severity: 'error', path: documentPath(role, unreadable[1]), messageId: 'unreadable' },
      ]);
    });
  }
}

/**
 * The tests every `present` rule owes: it fires without the document, finds it by title when
 * its name says nothing, and counts a document that could not be read.
 */
export function presentRuleTests(role: Role, uninformativeName: string): void {
  const rule = `${role}/present`;
  const directory = scratchDirectory();
  const others = defaultRelease().documents.filter((plan) => plan.role !== role);
  const plan: DocumentPlan = defaultRelease().documents.find((candidate) => candidate.role === role)!;

  it('reports a bundle without the document', async () => {
    expect(await located(rule, await generated(join(directory, 'without'), [], { documents: others }))).toEqual([
      { ruleId: rule, severity: 'error', path: DOCS, messageId: 'missing' },
    ]);
  });

  it('recognises the document by its title when its file name says nothing', async () => {
    const documents = [...others, { ...plan, format: 'docx' as const, fileName: uninformativeName }];
    expect(await located(rule, await generated(join(directory, 'titled'), [], { documents }))).toEqual([]);
  });

  it('accepts a document that could not be read (docs/unreadable reports it)', async () => {
    const documents = [...others, { ...plan, format: 'pdf' as const, content: Buffer.from('%PDF-1.7\n%garbled') }];
    expect(await located(rule, await generated(join(directory, 'unreadable'), [], { documents }))).toEqual([]);
  });
}
