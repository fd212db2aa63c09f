import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { extractDocument } from '../../src/documents/extract.js';
import { lint } from '../../src/lint.js';
import { documentsIn } from '../helpers/documents.js';
import { generated, scratchDirectory } from '../helpers/lint.js';

vi.mock('../../src/documents/extract.js', async (original) => {
  const module = await original<typeof import('../../src/documents/extract.js')>();
  return { ...module, extractDocument: vi.fn(module.extractDocument) };
});

describe('document parsing', () => {
  const directory = scratchDirectory();

  it('parses each document once per run, however many rules read it', async () => {
    const path = await generated(join(directory, 'pdf'), [], { documents: documentsIn('pdf') });
    const parse = vi.mocked(extractDocument);
    parse.mockClear();
    // Every rule twice over: the documents are still parsed once.
    await lint([path], { rules: [...builtinRules, ...builtinRules.map((rule) => ({ ...rule, meta: { ...rule.meta, id: `${rule.meta.id}-again` } }))] });
    expect(parse.mock.calls.map(([format, , file]) => [format, file.split('!/').pop()]).sort()).toEqual([
      ['pdf', 'Corvid_NAS_Plugin_3.2.1_Release_Notes.pdf'],
      ['pdf', 'Corvid_NAS_Plugin_Installation_and_Configuration_Guide.pdf'],
      ['pdf', 'Corvid_Support_Process.pdf'],
      ['pdf', 'EULA.pdf'],
      ['text', 'open_source_licenses.txt'],
    ]);
  });

  it('parses nothing when no rule reads documents', async () => {
    const parse = vi.mocked(extractDocument);
    parse.mockClear();
    await lint([await generated(join(directory, 'archive-only'))], { rules: builtinRules.filter((rule) => rule.meta.id.startsWith('archive/')) });
    expect(parse).not.toHaveBeenCalled();
  });

  it('runs every other rule when a document cannot be read', async () => {
    const result = await lint([await generated(join(directory, 'truncated'), ['truncated-release-notes-pdf'])], { now: new Date('2026-11-25T00:00:00Z') });
    const findings = result.results[0]!.findings.map(({ ruleId, messageId, location }) => [ruleId, messageId, location.path.split('!/').pop()]);
    expect(findings).toEqual([
      ['docs/unreadable', 'unreadable', 'Corvid_NAS_Plugin_3.2.1_Release_Notes.pdf'],
      ['release-notes/added', 'unreadable', 'Corvid_NAS_Plugin_3.2.1_Release_Notes.pdf'],
      ['release-notes/fixed', 'unreadable', 'Corvid_NAS_Plugin_3.2.1_Release_Notes.pdf'],
      ['release-notes/history', 'unreadable', 'Corvid_NAS_Plugin_3.2.1_Release_Notes.pdf'],
      ['release-notes/known-issues', 'unreadable', 'Corvid_NAS_Plugin_3.2.1_Release_Notes.pdf'],
      ['release-notes/consistent-structure', 'unreadable', 'Corvid_NAS_Plugin_3.2.1_Release_Notes.pdf'],
    ]);
  });
});
