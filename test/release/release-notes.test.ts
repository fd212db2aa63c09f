import { describe, expect, it } from 'vitest';
import type { BundleDocument, BundleFile } from '../../src/model/model.js';
import { isVersionHeading, releaseNotesOf } from '../../src/release/release-notes.js';
import { formatVersion } from '../../src/formats/versions.js';
import { buildDocument, type Block } from '../../src/documents/document.js';
import { plainTextBlocks } from '../../src/documents/plain-text.js';

function notes(blocks: Block[]) {
  const content = buildDocument(blocks);
  const document: BundleDocument = { file: { path: 'RN.txt' } as BundleFile, format: 'text', roles: ['release-notes'], content, problem: undefined };
  return releaseNotesOf([document])[0]!;
}

describe('release notes', () => {
  it.each([
    ['Version 3.2.1', true],
    ['3.2.1 (2026-10-15)', true],
    ['Release 3.2.1 – October 2026', true],
    ["What's new in 3.2", true],
    ['StorFlex NAS Plugin 2.3.2 (November 2025)', true],
    ['v2.4.0', true],
    ['Support for ESXi 8.0', false],
    ['Corvid NAS Plugin 3.2.1 Release Notes', false],
    ['Known Issues', false],
  ])('%s opens a version section: %s', (text, expected) => {
    expect(isVersionHeading(text)).toBe(expected);
  });

  it('reads versions under numbered headings, the highest as current, with their dates and parts', () => {
    const text = ['Release Notes', '=============', '', '1. Overview', '', 'Notes of every release.', '', '2. Releases', '', '2.1 Version 3.2.1 - 15 Oct 2026', '',
      '2.1.1 Bug Fixes', '', '* Clone timeouts.', '', '2.1.2 Open Issues', '', '* Statistics.', '', '2.2 Version 3.2.0 - 07/02/2026', '', '2.2.1 Bug Fixes', '', '* Locks.', ''].join('\n');
    const parsed = notes(plainTextBlocks(text));
    expect(parsed.versions.map((version) => [formatVersion(version.version), version.date, version.parts.map((part) => part.label)])).toEqual([
      ['3.2.1', '2026-10-15', ['2.1.1 Bug Fixes', '2.1.2 Open Issues']],
      ['3.2.0', '2026-07-02', ['2.2.1 Bug Fixes']],
    ]);
    expect(formatVersion(parsed.current!.version)).toBe('3.2.1');
  });

  it('takes the labels opening lines as parts, and the whole notes when no heading carries a version', () => {
    const parsed = notes([{ kind: 'heading', level: 1, text: 'Read me' }, { kind: 'text', text: 'New features: trunking.\nBug fixes: clone timeouts.\nmore about clones\nKnown issues: none.' }]);
    expect(parsed.current).toBeUndefined();
    expect(parsed.currentParts.map((part) => [part.label, part.text])).toEqual([
      ['New features', 'trunking.'],
      ['Bug fixes', 'clone timeouts.\nmore about clones'],
      ['Known issues', 'none.'],
    ]);
  });
});
