import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultRelease } from '../../../fixtures/release.js';
import { located } from '../../helpers/documents.js';
import { DOCS, generated, scratchDirectory } from '../../helpers/lint.js';

const RULE = 'release-notes/present';
const others = defaultRelease().documents.filter((plan) => plan.role !== 'release-notes');
const plan = defaultRelease().documents.find((candidate) => candidate.role === 'release-notes')!;

describe(RULE, () => {
  const directory = scratchDirectory();

  it('reports a bundle without the document', async () => {
    expect(await located(RULE, await generated(join(directory, 'without'), [], { documents: others }))).toEqual([
      { ruleId: RULE, severity: 'error', path: DOCS, messageId: 'missing' },
    ]);
  });

  it('recognises the document by its title when its file name says nothing', async () => {
    const documents = [...others, { ...plan, format: 'docx' as const, fileName: 'CVD_NAS_3.2.1_Readme' }];
    expect(await located(RULE, await generated(join(directory, 'titled'), [], { documents }))).toEqual([]);
  });

  it('accepts a document that could not be read (docs/unreadable reports it)', async () => {
    const documents = [...others, { ...plan, format: 'pdf' as const, content: Buffer.from('%PDF-1.7\n%garbled') }];
    expect(await located(RULE, await generated(join(directory, 'unreadable'), [], { documents }))).toEqual([]);
  });
});
