import { describe, expect, it } from 'vitest';
import type { BundleDocument, BundleFile } from '../../src/model/model.js';
import { headingVersion, isVersionHeading, releaseNotesOf } from '../../src/release/release-notes.js';
import { formatVersion } from '../../src/formats/versions.js';
import { buildDocument, type Block } from '../../src/documents/document.js';
import { isReleaseLine, plainTextBlocks } from '../../src/documents/plain-text.js';
import { markdownBlocks } from '../../src/documents/markdown.js';
import { htmlBlocks } from '../../src/documents/html.js';
import { renderOdt, renderPdf, WORD_STYLES, writeDocx } from '../../fixtures/office.js';
import { defaultLimits } from '../../src/archive/limits.js';
import { extractionLimits } from '../../src/scan/documents.js';
import { extractDocument } from '../../src/documents/extract.js';

function notes(blocks: Block[], path = 'RN.txt', options: Parameters<typeof buildDocument>[1] = {}) {
  const content = buildDocument(blocks, options);
  const document: BundleDocument = { file: { path } as BundleFile, format: 'text', roles: ['release-notes'], rolesFrom: 'name', content, problem: undefined };
  return releaseNotesOf([document])[0]!;
}

function markdownNotes(text: string, path = 'heron-docs.zip!/RN.md') {
  const { blocks, title, links } = markdownBlocks(text);
  return notes(blocks, path, { title, links });
}

/** What the notes say of their current release: its section's heading, version and date; the history's versions. */
function facts(parsed: ReturnType<typeof notes>) {
  return {
    current: parsed.current?.heading.text,
    version: parsed.stated.version && formatVersion(parsed.stated.version.value),
    date: parsed.stated.date?.value,
    history: parsed.versions.filter((version) => version !== parsed.current).map((version) => formatVersion(version.version)),
  };
}

describe('release notes', () => {
  it('read a version row of 80k vertical tabs and form feeds in a history in linear time', () => {
    // Blanks of any kind fold into one; and the row's separators are read one way: 10.6 s for 80k before.
    const started = performance.now();
    const parsed = notes([
      { kind: 'heading', level: 1, text: 'Corvid NAS Plugin 3.2.1 Release Notes' }, { kind: 'text', text: 'Corvid NAS Plugin 3.2.1 adds NFS 4.1 support.' },
      { kind: 'heading', level: 2, text: 'Release history' }, { kind: 'text', text: `Version${'\v\f'.repeat(40_000)}N` }, { kind: 'text', text: 'Version: 3.2.0' }, { kind: 'text', text: 'Version: 3.1.0' },
    ]);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(facts(parsed)).toEqual({ current: 'Corvid NAS Plugin 3.2.1 Release Notes', version: '3.2.1', date: undefined, history: ['3.2.0', '3.1.0'] });
  });

  it.each([
    ['Version 3.2.1', true],
    ['3.2.1 (2026-10-15)', true],
    ['Release 3.2.1 – October 2026', true],
    ["What's new in 3.2", true],
    ['StorFlex NAS Plugin 2.3.2 (November 2025)', true],
    ['v2.4.0', true],
    // Keep a Changelog's version in brackets, undated: a link reference's text ("[3.2.1]").
    ['[3.2.1]', true],
    ['(3.2.1)', true],
    ['[Unreleased]', false],
    ['Support for ESXi 8.0', false],
    // A heading naming a version's release notes opens them: one document may hold several.
    ['Corvid NAS Plugin 3.2.1 Release Notes', true],
    ['4.4.0 Release Notes', true],
    ['2.1 Overview', false],
    ['Changes since v23.10.0', false],
    ['Changes from 1.21.5 to 1.21.6', true],
    ['Changes between 2.0 and 2.1', true],
    ['Upgrading from 3.1 to 3.2', false],
    // What a closing bracket measures the notes against is no other version's heading.
    ['Corvid version 0.7.0 (Major changes since version 0.6.0)', true],
    ['0.4.0 (changes since 0.3.0)', true],
    ['Changes since 0.3.0 (2026-05-01)', false],
    ['Breaking changes (since v2.0)', false],
    ['Unreleased (changes since v1.2.0)', false],
    ['Changes from 3.2 to 3.1', false],
    ['Changes from 1.2.0 to 1.3.0 (2024-05-01)', true],
    ['What’s new from 2.0 to 2.1', true],
    ['Support for NFS 4.1 Datastores', false],
    ['Corvid NAS Plugin 3.2.1 Installation Guide', false],
    ['Known Issues', false],
    ['V 66', true],
    ['Version 7', true],
    ['V 26 - 25', false],
    // A change, whatever version it names: an item of the notes, not a release.
    ['Support libecap v1.0', false],
    ['Added Heron Agent v2.1 release', false],
    ['Heron Agent v2.1', true],
    ['Update 3.2.1 - October 2026', true],
    // Unless the verb names a kind of release.
    ['Support Pack 2.1 Release Notes', true],
    ['Fix Pack 9.5.0.2 - March 2026', true],
    ['Add-on 2.1 Release Notes', true],
    ['Supported Release 1.2 - May 2026', true],
  ])('%s opens a version section: %s', (text, expected) => {
    expect(isVersionHeading(text)).toBe(expected);
  });

  it('takes the later version of a range that goes up, whatever follows it', () => {
    expect(['Changes from 1.2.0 to 1.3.0 (2024-05-01)', 'What’s new from 2.0 to 2.1', 'Changes between 2.0 and 2.1'].map((text) => headingVersion(text)?.text)).toEqual(['1.3.0', '2.1', '2.1']);
  });

  it('reads an undated bracketed current version over dated earlier ones, never borrowing their date', () => {
    const parsed = markdownNotes(['# Changelog', '', '## Unreleased', '', '## [3.2.1]', '', '### Added', '', '* Quotas.', '', '## [3.2.0] - 2026-07-02', '', '### Fixed', '', '* Locks.', ''].join('\n'));
    expect(facts(parsed)).toEqual({ current: '[3.2.1]', version: '3.2.1', date: undefined, history: ['3.2.0'] });
  });

  it.each([
    ['a version line with its date over its items at once', ['ChangeLog for Corvid', '--------------------', '', 'Version 3.2.1 -- 15 Oct, 2026 (major changes only)', '#1599 - Fix clone timeouts', '#1600 - Add quotas', '', 'Version 3.2.0 -- Jul 2, 2026', '#1500 - Fix locks', '']],
    ['a product-version line, the maintenance release not underlined', ['corvid-tools-3.2.1 (2026-10-15)', '--------------------------------', '   * add json output', '', 'corvid-tools-3.2.0 (2026-07-02)', '   * fix build', '']],
    ['a bullet naming the product, its version with a package release', ['This file lists noteworthy changes in Corvid.', '', '* Corvid 3.2.1-1 (2026-10-15)', '', '  - (mount) fixed a race', '', '* Corvid 3.2.0-1 (2026-07-02)', '', '  - (master) added quotas', '']],
  ])('reads plain-text release lines: %s', (_layout, lines) => {
    const parsed = notes(plainTextBlocks(lines.join('\n')));
    expect(parsed.versions.map((version) => [version.version.nodes.join('.'), version.date])).toEqual([['3.2.1', '2026-10-15'], ['3.2.0', '2026-07-02']]);
  });

  it('reads release lines dated by a month alone ("0.99.21 - Feb 2021") as releases, as those dated by a day', () => {
    const text = ['Corvid Release Notes', '', 'Version 3.2.1 - Oct 2026', '• Quotas on exports.', '', 'Corvid 3.2.0 - 2 jul 2026', '• Faster clones.', '', 'v3.1.0 - march 2026 - not released on pypi -', '• Locks.', ''].join('\n');
    expect(notes(plainTextBlocks(text)).versions.map((version) => [formatVersion(version.version), version.date])).toEqual([['3.2.1', '2026-10'], ['3.2.0', '2026-07-02'], ['3.1.0', '2026-03']]);
    // After a name, a version dated by a month alone is a platform's, as a list of platforms gives them: no release.
    const platforms = ['Corvid Release Notes', '', 'Version 3.2.1 - 2 Oct 2026', '', 'Tested on:', '', 'Ubuntu 22.04 - April 2022', '- Fast clones.', '', 'RHEL 9.2 (May 2023)', '- Quotas.', ''].join('\n');
    expect(notes(plainTextBlocks(platforms)).versions.map((version) => formatVersion(version.version))).toEqual(['3.2.1']);
    expect(['0.99.21 - Feb 2021', 'Version 1.2 - March 2020', 'Ubuntu 22.04 - April 2022', '* ESXi 8.0 U2 - September 2023', 'Ubuntu 22.04 - 21 April 2022'].map(isReleaseLine)).toEqual([true, true, false, false, true]);
  });

  it('reads the date a labelled line gives right above a version heading, not a trailer closing the notes before it', () => {
    const text = ['Corvid NEWS', '-----------', 'The newest copy is at https://corvid.example/NEWS', '', 'Date 2026-10-15', 'Summary: Corvid release 3.2.1', '-----------------------------', '- New option.', '',
      'Date: 2026-07-02', 'Summary: Corvid release 3.2.0', '-----------------------------', '- Fixed locks.', '', ' -- Corvid Maintainers <rel@corvid.example>  Thu, 05 Mar 2026 14:55:27 +0000', '',
      'Summary: Corvid release 3.1.0', '-----------------------------', '- Quotas.', ''].join('\n');
    expect(notes(plainTextBlocks(text)).versions.map((version) => [formatVersion(version.version), version.date])).toEqual([['3.2.1', '2026-10-15'], ['3.2.0', '2026-07-02'], ['3.1.0', undefined]]);
  });

  it('dates an undated current section by the title that names its release and a date, not by a dated title that names none', () => {
    const lines = (title: string) => [title, '-'.repeat(36), '', 'V3.2 Changes', '-'.repeat(36), '1) Faster snapshot listing.', '2) Bug/stability fixes.', '', 'Known Issues', '-'.repeat(36), '(1) Clones of clones are slow.', '',
      'V3.1 Changes', '-'.repeat(36), '1) Quotas.', '2) Released 2026-02-03.', ''];
    expect(facts(notes(plainTextBlocks(lines('Corvid Memory Visualizer V3.2 06/17/2025').join('\n'))))).toEqual({ current: 'V3.2 Changes', version: '3.2', date: '2025-06-17', history: ['3.1'] });
    expect(facts(notes(plainTextBlocks(lines('Corvid Memory Visualizer, updated 06/17/2025').join('\n')))).date).toBeUndefined();
    // A title naming no version but the release notes and their date dates the current release: "Inform Release Notes - 30 April 2006".
    expect(facts(notes(plainTextBlocks(lines('Corvid Release Notes - 17 June 2025').join('\n'))))).toEqual({ current: 'V3.2 Changes', version: '3.2', date: '2025-06-17', history: ['3.1'] });
    expect(facts(notes(plainTextBlocks(lines('Corvid Release Notes, last modified 17 June 2025').join('\n')))).date).toBeUndefined();
  });

  it('reads a title of 60,000 "release updated" pairs and a date in linear time (what follows the last "release" read once)', () => {
    const title = `Corvid ${'release updated '.repeat(60_000)}17 June 2025`;
    const started = performance.now();
    const parsed = notes([{ kind: 'heading', level: 1, text: title }, { kind: 'heading', level: 2, text: 'V3.2 Changes' }, { kind: 'text', text: '1) Faster snapshot listing.' }, { kind: 'heading', level: 2, text: 'V3.1 Changes' }, { kind: 'text', text: '1) Quotas.' }]);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(facts(parsed)).toEqual({ current: 'V3.2 Changes', version: '3.2', date: undefined, history: ['3.1'] });
  });

  it('takes two headings naming one product with two versions for its releases, however few ("stratisd 2.0.0", "stratisd 1.0.6"), not two products\' versions', () => {
    const text = (second: string) => ['stratisd 2.0.0', '==============', 'Recommended Rust toolchain version: 1.38', '', '- Add a D-Bus interface.', '', second, '='.repeat(second.length), '- Fix pool setup.', ''].join('\n');
    expect(facts(notes(plainTextBlocks(text('stratisd 1.0.6'))))).toEqual({ current: 'stratisd 2.0.0', version: '2.0.0', date: undefined, history: ['1.0.6'] });
    expect(facts(notes(plainTextBlocks(text('libcryptsetup 2.2.1'))))).toEqual({ current: undefined, version: '2.0.0', date: undefined, history: [] });
  });

  it('takes two headings naming one product with two versions under a title naming another version for components of that release, not releases', () => {
    const blocks = (title: string): Block[] => [{ kind: 'heading', level: 1, text: title }, { kind: 'text', text: 'This release bundles two agents.' },
      { kind: 'heading', level: 2, text: 'Heron Agent 2.2' }, { kind: 'text', text: '- Faster snapshot listing.' }, { kind: 'heading', level: 2, text: 'Heron Agent 2.1' }, { kind: 'text', text: '- Quotas.' }];
    expect(facts(notes(blocks('Corvid NAS Plugin 3.2.1 Release Notes')))).toEqual({ current: 'Corvid NAS Plugin 3.2.1 Release Notes', version: '3.2.1', date: undefined, history: [] });
    // Under a title naming no version, or theirs, they are the releases of the notes.
    expect(facts(notes(blocks('Heron Release Notes')))).toEqual({ current: 'Heron Agent 2.2', version: '2.2', date: undefined, history: ['2.1'] });
    expect(facts(notes(blocks('Heron Agent 2.2 Release Notes')))).toEqual({ current: 'Heron Agent 2.2', version: '2.2', date: undefined, history: ['2.1'] });
  });

  it('takes a version its notes say is not released for neither the current release nor the history, unless the file is named by it', () => {
    const text = ['# Corvid Release Notes', '', '## Version: 3.3.0', '', '### Release Data', '', '| Release designation | 3.3.0-SNAPSHOT |', '| Release date | (Not Yet Released) |', '', '### Features', '', '',
      '## Version: 3.2.1', '', '### Release Data', '', '| Release date | 2026 October 15 |', '', '### Bug Fixes', '', '- Locks no longer leak.', '',
      '## Version: 3.2.0 (not yet released)', '', '### Bug Fixes', '', '- Clones.', '', '## Version: 3.1.0', '', 'Release date: 2026-01-05', ''].join('\n');
    expect(facts(markdownNotes(text))).toEqual({ current: 'Version: 3.2.1', version: '3.2.1', date: '2026-10-15', history: ['3.1.0'] });
    // Notes taken at the tag of a version they still call unreleased are that version's.
    expect(facts(markdownNotes(text, 'corvid-3.3.0/RN.md'))).toEqual({ current: 'Version: 3.3.0', version: '3.3.0', date: undefined, history: ['3.2.1', '3.1.0'] });
  });

  it('takes an empty version whose date is a placeholder ("0.4.3 / ####-##-##") for no release, even as the first heading, and a titled release not out yet for the current one', () => {
    const changelog = ['# 0.4.3 / ####-##-##', '', '# 0.4.2 / 2017-04-02', '', '* Added unit tests for cli.js', '', '# 0.4.1 / 2016-10-18', '', '* Output to a missing folder creates it', ''].join('\n');
    expect(facts(markdownNotes(changelog))).toEqual({ current: '0.4.2 / 2017-04-02', version: '0.4.2', date: '2017-04-02', history: ['0.4.1'] });
    const titled = ['# Changelog for corvid 0.8.1 (UNRELEASED)', '', '## Enhancements', '', '* The cache is pruned.', '', '# Changelog for corvid 0.8.0 (2017-11-26)', '', '## Enhancements', '', '* Mounts.', ''].join('\n');
    expect(facts(markdownNotes(titled))).toEqual({ current: 'Changelog for corvid 0.8.1 (UNRELEASED)', version: '0.8.1', date: undefined, history: ['0.8.0'] });
  });

  it('keeps a dated version, and one whose "in progress" is said of something else, among the releases', () => {
    const text = ['# Corvid Release Notes', '', '## Version 3.2.1', '', '| Release date | 2026-10-15 (staged rollout in progress) |', '', '### Fixed', '', '- Locks.', '',
      '## 3.2.0 - work in progress jobs can be cancelled', '', '- The release date row of this version is unreleased work.', '', '## Version 3.1.0', '', 'Release date: 2026-01-05', ''].join('\n');
    expect(facts(markdownNotes(text))).toEqual({ current: 'Version 3.2.1', version: '3.2.1', date: '2026-10-15', history: ['3.2.0', '3.1.0'] });
  });

  it('keeps the date a version section states alone under its heading', () => {
    const parsed = markdownNotes(['# Corvid Changelog', '', '## 3.2.1', '', 'Released: 2026-10-15', '', '## 3.2.0', '', 'Released: 2026-07-02', '', '### Fixed', '', '- Locks.', ''].join('\n'));
    expect(parsed.versions.map((version) => [formatVersion(version.version), version.date])).toEqual([['3.2.1', '2026-10-15'], ['3.2.0', '2026-07-02']]);
  });

  it('reads a release line after a separator rule, and one with a warning after its date', () => {
    const text = ['Version 3.2.1 -- 15 Oct, 2026', 'Fix locks.', '', '------', 'Version 3.2.0 -- Mon Jul 6 2026', 'Quotas arrive.', '', 'corvid-3.1.1 (2026-05-10) -- Do not use this version!', '  * fix build', ''].join('\n');
    expect(notes(plainTextBlocks(text)).versions.map((version) => [formatVersion(version.version), version.date])).toEqual([['3.2.1', '2026-10-15'], ['3.2.0', '2026-07-06'], ['3.1.1', '2026-05-10']]);
  });

  it('keeps a sentence or a table row naming a version and a date as text', () => {
    const text = ['Release Notes', '=============', '', 'Version 3.2.1', '-------------', '', 'Fixed in 3.2.1 on 2026-10-15.', '', 'Version 3.2.1 was released on 2026-10-15 to all customers', 'of the NAS plugin.', '', 'Version   Date', '3.2.0     2026-07-02', '3.1.0     2026-03-01', ''].join('\n');
    expect(notes(plainTextBlocks(text)).versions.map((version) => formatVersion(version.version))).toEqual(['3.2.1']);
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

  it.each([
    ['an undated current section above dated earlier ones', '# Heron Adapter Release Notes\n\n## 3.2.1\n\n- Clones.\n\n## 3.2.0 (2026-07-02)\n\n- Locks.\n', { current: '3.2.1', version: '3.2.1', date: undefined, history: ['3.2.0'] }],
    ['a European date with slashes', '# Heron Adapter\n\n## Version 3.2.1 - 15/10/2026\n\n- Clones.\n\n## Version 3.2.0 - 02/07/2026\n', { current: 'Version 3.2.1 - 15/10/2026', version: '3.2.1', date: '2026-10-15', history: ['3.2.0'] }],
    ['a date under the heading, 15-Oct-2026', '# Heron Adapter\n\n## Release 3.2.1\n\nReleased: 15-Oct-2026\n\n## Release 3.2.0\n\nReleased: 02-Jul-2026\n', { current: 'Release 3.2.1', version: '3.2.1', date: '2026-10-15', history: ['3.2.0'] }],
    ['a date in a heading of its own right under the version heading', '## v3.2.1\n### 2026-10-15\n\n### Download\nhttps://heron.example/3.2.1\n\n## v3.2.0\n\nNo image was built.\n\n## v3.1.0\n#### 2026-03-02\n', { current: 'v3.2.1', version: '3.2.1', date: '2026-10-15', history: ['3.2.0', '3.1.0'] }],
    ['a date heading after a heading that only labels it', '# Release Notes: HERON COURSE\n\n## Version: heron-course_v2.1.6\n\n## Release Date:\n\n## 3rd December 2014\n\n## Changes\n\n- Logo.\n', { current: 'Version: heron-course_v2.1.6', version: '2.1.6', date: '2014-12-03', history: [] }],
    ['a date heading saying when it was released', '## v3.2.1\n### Released on 15 Oct 2026\n\n### Fixed\n\n- Clones.\n', { current: 'v3.2.1', version: '3.2.1', date: '2026-10-15', history: [] }],
    ['a part heading holding a date among other words', '## v3.2.1\n### Fixes backported from 2026-07-02\n\n- Locks.\n', { current: 'v3.2.1', version: '3.2.1', date: undefined, history: [] }],
    ['a dated part heading that is not the first under the version', '# Heron Adapter\n\n## 3.2.1\n\n### Fixed\n\n- Clones.\n\n### Known since 2026-07-02\n\n- Locks.\n', { current: '3.2.1', version: '3.2.1', date: undefined, history: [] }],
    ['a month and year only', '# Heron Adapter\n\n## Heron Adapter 3.2.1 (September, 2026)\n\n- Clones.\n', { current: 'Heron Adapter 3.2.1 (September, 2026)', version: '3.2.1', date: '2026-09', history: [] }],
    ['sections headed "4.4.0 Release Notes"', '# Heron Adapter\n\n## 4.4.0 Release Notes\n\n### Fixed\n\n- Clones.\n\n## 4.3.2 Release Notes\n\n### Fixed\n\n- Locks.\n', { current: '4.4.0 Release Notes', version: '4.4.0', date: undefined, history: ['4.3.2'] }],
    ['a heading naming the notes above the section of the same version', '# Heron Adapter\n\n# Heron Adapter 3.2.1 Release Notes\n\n## Version 3.2.1 (2026-10-15)\n\n### Fixed\n\n- Clones.\n\n## Release History\n\n### Version 3.2.0 (2026-07-02)\n', { current: 'Version 3.2.1 (2026-10-15)', version: '3.2.1', date: '2026-10-15', history: ['3.2.0'] }],
    ['parts headed with the version of the release they are under', '# Heron Connector Release Notes\n\n## 1.0.2 - 11/21/2016\n\n### Version 1.0.2 Compatibility\n\n- Mule 3.6.0+\n\n### 1.0.2 Fixed in this Release\n\n- Clones.\n\n### 1.0.2 Known Issues\n\nNone.\n\n## 1.0.1 - 09/02/2016\n\n### 1.0.1 Fixed in this Release\n\n- Locks.\n', { current: '1.0.2 - 11/21/2016', version: '1.0.2', date: '2016-11-21', history: ['1.0.1'] }],
    ['a title over two releases of one designation, each a release of its own (a build, a date)', '# Heron Adapter 3.2 Release Notes\n\n## Version 3.2 (build 4471)\n\n- Clones.\n\n## Release History\n\n### Version 3.2.0 (2026-07-02)\n\n- Locks.\n', { current: 'Version 3.2 (build 4471)', version: '3.2 build 4471', date: undefined, history: ['3.2.0'] }],
    ['a newest version whose date is to come, on the heading after it', '# Heron Changes\n\n## Version 2.3\n\n## Released [TBD]\n\n- Faster parsing.\n\n## Version 2.2.3\n\n## Released March 7, 2010\n\n- Linker flags.\n\n## Version 2.2.2\n\n## Released September 12, 2009\n', { current: 'Version 2.2.3', version: '2.2.3', date: '2010-03-07', history: ['2.2.2'] }],
    ['a newest version whose release date row is to come', '# Heron Adapter\n\n## Version 3.3.0\n\nRelease date: TBA\n\n- Snapshots.\n\n## Version 3.2.1\n\nRelease date: 2026-10-15\n', { current: 'Version 3.2.1', version: '3.2.1', date: '2026-10-15', history: [] }],
    ['a hot fix of four nodes with its build', '# Heron Adapter\n\n## 3.2.1.1 (build 4480), 2026-11-02\n\n- Hot fix.\n\n## 3.2.1 (build 4471), 2026-10-15\n', { current: '3.2.1.1 (build 4480), 2026-11-02', version: '3.2.1.1 build 4480', date: '2026-11-02', history: ['3.2.1 build 4471'] }],
    ['a newest section that names no version', '# Latest\n\n- Heartbeats.\n\n# 3.3.859.0\n\n- Fixes.\n\n# 3.3.808.0\n', { current: undefined, version: undefined, date: undefined, history: ['3.3.859.0', '3.3.808.0'] }],
    ['a title naming a product that begins with "Next" or "Current"', '# Nextcloud Server Release Notes\n\n## 28.0.1\n\n- Clones.\n\n## 28.0.0\n\n- Locks.\n', { current: '28.0.1', version: '28.0.1', date: undefined, history: ['28.0.0'] }],
    ['a title naming a product that begins with the word "Current"', '# Current Storage Adapter Release Notes\n\n## 1.2.1\n\n- Clones.\n\n## 1.2.0\n\n- Locks.\n', { current: '1.2.1', version: '1.2.1', date: undefined, history: ['1.2.0'] }],
    ['a newest section headed "Next release" or "Current"', '# Heron Adapter\n\n## Next release (unreleased)\n\n- Heartbeats.\n\n## Current\n\n- Locks.\n\n## 3.2.1\n\n- Clones.\n', { current: undefined, version: undefined, date: undefined, history: ['3.2.1'] }],
    ['a newest section of changes since the last version', '# Change Log\n\n## Changes since v23.10.0\n\n**Fixes:**\n\n- Mounts.\n\n## v23.10.0\n\n**Fixes:**\n\n- Clones.\n\n## v23.07.0\n', { current: undefined, version: undefined, date: undefined, history: ['23.10.0', '23.7.0'] }],
    ['a changelog oldest first', '# Changes\n\n## 1.0.0 (2025-01-10)\n\n## 1.1.0 (2025-06-01)\n\n## 1.2.0 (2026-02-03)\n', { current: '1.2.0 (2026-02-03)', version: '1.2.0', date: '2026-02-03', history: ['1.0.0', '1.1.0'] }],
    ['a title naming the current version of a maintenance branch', '# Heron Adapter 3.1.5 Release Notes\n\n## 3.2.1\n\n- Clones.\n\n## 3.1.5 (2026-10-15)\n\n- Backport.\n\n## 3.1.4 (2026-03-18)\n', { current: '3.1.5 (2026-10-15)', version: '3.1.5', date: '2026-10-15', history: ['3.2.1', '3.1.4'] }],
    ['notes not divided by version, the version and date on a labelled line', '# Java SDK for Heron\n\nThis version of SDK is built against Heron OS v1.20.\n\n# Release Name:\n\nheron-sdk_v0.2_2015-07-13.zip\n', { current: undefined, version: '0.2', date: '2015-07-13', history: [] }],
  ])('reads %s', (_, text, expected) => {
    expect(facts(markdownNotes(text))).toEqual(expected);
  });

  it('reads a maintenance release at the section its file names when the title names none', () => {
    const text = '# Heron Adapter Release Notes\n\n## 3.2.1\n\n- Clones.\n\n## 3.1.5 (2026-10-15)\n\n- Backport.\n\n## 3.1.4 (2026-03-18)\n';
    expect(facts(markdownNotes(text, 'heron-3.1.5/heron-3.1.5-docs.zip!/Heron_Release_Notes.md'))).toEqual({ current: '3.1.5 (2026-10-15)', version: '3.1.5', date: '2026-10-15', history: ['3.2.1', '3.1.4'] });
  });

  it('reads the version on the cover line under the title of notes not divided by version, not a version a revision was written for', () => {
    // A vendor PDF's cover: the title, the version alone on its line, "Release Notes", the revision and the month.
    const blocks: Block[] = [
      { kind: 'heading', level: 1, text: 'CSI Driver for Heron Arrays' },
      { kind: 'text', text: '2.4\nRelease Notes\nRev. 03\nMarch 2026' },
      { kind: 'heading', level: 1, text: 'Revision History' },
      { kind: 'text', text: 'The following table presents the revision history of this document.\n01 January 2026 Updated for CSI Driver for Heron Arrays Version 2.2:' },
      { kind: 'heading', level: 1, text: 'New Features' },
      { kind: 'text', text: 'Supports Kubernetes 1.29.' },
    ];
    expect(facts(notes(blocks))).toEqual({ current: undefined, version: '2.4', date: '2026-03', history: [] });
  });

  it('reads a plain-text changelog of tag ranges ("heron-tools-2.1.2 - heron-tools-2.1.3"), each the notes of the range\'s later version', () => {
    // git shortlog between two tags: the heading names the previous tag first; author lines group the commits.
    const text = ['heron-tools-2.1.2 - heron-tools-2.1.3', '', 'Ann Smith (2):', '      Add asynchronous logins', '      Fix a leak in the session list', '',
      'heron-tools-2.1.0 - heron-tools-2.1.2', '', 'Bo Chen (1):', '      Fix timeouts of the discovery', '', 'heron-tools-2.1.0 - heron-tools-2.1.1', '', 'Bo Chen (1):', '      Fix locks', ''].join('\n');
    const parsed = notes(plainTextBlocks(text));
    expect([parsed.content.title, facts(parsed)]).toEqual(['heron-tools-2.1.2 - heron-tools-2.1.3', { current: 'heron-tools-2.1.2 - heron-tools-2.1.3', version: '2.1.3', date: undefined, history: ['2.1.2', '2.1.1'] }]);
  });

  it('reads sub-headings naming the release\'s own version with a topic ("1.0.2 Known Issues") as its parts', () => {
    const text = '# Heron Connector Release Notes\n\n## 1.0.2 - 11/21/2016\n\n### Version 1.0.2 Compatibility\n\n- Mule 3.6.0+\n\n### 1.0.2 Fixed in this Release\n\n- Clones.\n\n### 1.0.2 Known Issues\n\nNone.\n\n## 1.0.1 - 09/02/2016\n\n- Locks.\n';
    const parsed = markdownNotes(text);
    expect([facts(parsed), parsed.currentParts.map((part) => part.label)]).toEqual([
      { current: '1.0.2 - 11/21/2016', version: '1.0.2', date: '2016-11-21', history: ['1.0.1'] },
      ['Version 1.0.2 Compatibility', '1.0.2 Fixed in this Release', '1.0.2 Known Issues'],
    ]);
    // Two levels only (a flat document, whose parts run to the next release): the same parts.
    const flat = markdownNotes('# 1.0.2 - 11/21/2016\n\n## Version 1.0.2 Compatibility\n\n- Mule 3.6.0+\n\n## 1.0.2 Fixed in this Release\n\n- Clones.\n\n# 1.0.1 - 09/02/2016\n\n- Locks.\n');
    expect([facts(flat), flat.currentParts.map((part) => part.label)]).toEqual([
      { current: '1.0.2 - 11/21/2016', version: '1.0.2', date: '2016-11-21', history: ['1.0.1'] },
      ['Version 1.0.2 Compatibility', '1.0.2 Fixed in this Release'],
    ]);
  });

  it('reads the label of a CSS collapsible (a checkbox and its <label>) as the heading of the version it folds away', () => {
    // A vendor's release-notes template: an "Update History" of collapsible blocks, each opened by a bold label naming the version and its date.
    const block = (id: number, version: string, change: string) => `<div class="collapse">\n<input type="checkbox" id="s${id}" checked aria-hidden="true"> <label for="s${id}" aria-hidden="true"><strong>${version}</strong></label>\n<div>\n<h2 id="main-changes-${id}">Main Changes</h2>\n<ul><li>${change}</li></ul>\n<h2 id="known-limitations-${id}">Known Limitations</h2>\n<p>None</p>\n</div>\n</div>`;
    const page = ['<html><body><h1 id="title">Release Notes for <mark>Heron HAL</mark></h1>', '<p>Accept the terms <input type="checkbox" id="ok"> then <label for="ok">agree</label> below.</p>', '<h1 id="update-history"><strong>Update History</strong></h1>',
      block(2, 'V1.6.0 / 02-June-2026', 'Add missing registers'), block(1, 'V1.5.0 / 04-November-2025', 'Fix the clock setup'), '</body></html>'].join('\n');
    const { blocks, title, links } = htmlBlocks(page);
    const parsed = notes(blocks, 'Release_Notes.html', { title, links });
    expect([facts(parsed), parsed.currentParts.map((part) => part.label), parsed.currentText]).toEqual([
      { current: 'V1.6.0 / 02-June-2026', version: '1.6.0', date: '2026-06-02', history: ['1.5.0'] },
      ['Main Changes', 'Known Limitations'],
      'Main Changes\nAdd missing registers\nKnown Limitations\nNone',
    ]);
    // A label after text is a form's, no heading.
    expect(blocks.some((block) => block.kind === 'heading' && block.text === 'agree')).toBe(false);
  });

  it('reads headings of whole-number versions ("V 12", a range "V 10 - 11") as the versions\' notes', () => {
    // An add-on's notes printed from a word processor: each release is a number after a V.
    const parsed = markdownNotes('# Heron Sheets Release Notes\n\n## V 12\n\nGeneral: added a download button.\n\n## V 10 - 11\n\nJSON: fixed nested arrays.\n\n## V 9\n\nInitial release.\n');
    expect(facts(parsed)).toEqual({ current: 'V 12', version: '12', date: undefined, history: ['11', '9'] });
  });

  it('reads headings that name a product and end with its version as releases when three or more at one level do, the first version of one naming several', () => {
    // A data platform's notes: each release a product edition and its version, no word "version" or "release", no date.
    const release = (heading: string) => `### ${heading}\n\n- Fixed affinity notification on discovery events\n\n`;
    const parsed = markdownNotes(`# Release Notes\n\n${['Heron Data Fabric 6.6.8', 'Heron Data Fabric 6.6.7', 'Heron Hadoop Accelerator 6.5.6', 'Heron Data Grid 5.3.1, Streaming 2.1.1'].map(release).join('')}`);
    expect(facts(parsed)).toEqual({ current: 'Heron Data Fabric 6.6.8', version: '6.6.8', date: undefined, history: ['6.6.7', '6.5.6', '5.3.1'] });
    // Each release's parts end at the next release.
    expect(parsed.versions.map((version) => version.parts.length)).toEqual([0, 0, 0, 0]);
    // Under a history's heading, two are releases too, a pre-release's designation after the version.
    const history = markdownNotes('# Release notes for Corvid\n\n## Release history\n\n### Corvid 1.8.3\n\n- Released June, 2017\n\n### Corvid 1.8 beta\n\n- Released March, 2017\n');
    expect(facts(history)).toEqual({ current: 'Corvid 1.8.3', version: '1.8.3', date: '2017-06', history: ['1.8'] });
    // An empty history's entries name releases the notes speak of below; components in small letters under the title are no releases.
    const listed = markdownNotes(['# Corvid 3.2.1 Release Notes', '', '## Version history', '', '### Corvid 3.2.1', '', '### Corvid 3.2.0', '', '## Corvid 3.2.1', '', '### Fixed issues', '', '- Fixed a crash.', ''].join('\n'));
    expect(facts(listed)).toEqual({ current: 'Corvid 3.2.1 Release Notes', version: '3.2.1', date: undefined, history: [] });
    const lowerCaseComponents = markdownNotes('# Release Notes\n\nReleased 2024-05-01.\n\n## openssl 3.0.13\n\nUpdated.\n\n## zlib 1.3.1\n\nUpdated.\n\n## curl 8.5.0\n\nUpdated.\n');
    expect(facts(lowerCaseComponents)).toMatchObject({ date: '2024-05-01', history: [] });
    // A title naming a series names none of its releases: the newest is current.
    const series = markdownNotes('# Heron 7.2 release notes\n\n## Heron Community Edition 7.2.6 Released Wed 02 Oct 2024\n\n- Fixed a crash.\n\n## Heron 7.2.5 Released Thu 16 May 2024\n\n- Fixed a leak.\n\n## Heron 7.2.0 GA Released Tue Aug 15 2023\n\n- First release of 7.2.\n');
    expect(facts(series)).toEqual({ current: 'Heron Community Edition 7.2.6 Released Wed 02 Oct 2024', version: '7.2.6', date: '2024-10-02', history: ['7.2.5', '7.2.0'] });
    // An R package's NEWS: the package's name in small letters, the development version first and unnumbered.
    const news = markdownNotes(['# corvid dev', '', '- Add write_report().', '', ...['corvid 0.2.1', 'corvid 0.2.0', 'corvid 0.1.7'].map(release)].join('\n'));
    expect(facts(news)).toEqual({ current: 'corvid 0.2.1', version: '0.2.1', date: undefined, history: ['0.2.0', '0.1.7'] });
    // Under another heading than the title, such headings are components: bundled libraries, or a release's parts.
    const components = (heading: string) => ['OpenSSL 3.0.13', 'Log4j 2.23.1', 'Spring Framework 6.1.5'].map((name) => `### ${name}\n\nUpdated for ${heading}.\n\n`).join('');
    expect(facts(markdownNotes(`# Heron Release Notes\n\n## Third-Party Updates\n\n${components('the audit')}`)).history).toEqual([]);
    expect(facts(markdownNotes(`# Heron Release Notes\n\n## Version 3.0.0\n\n${components('3.0.0')}## Version 2.0.0\n\n${components('2.0.0')}`))).toEqual({ current: 'Version 3.0.0', version: '3.0.0', date: undefined, history: ['2.0.0'] });
    // Two such headings, or platforms' versions however many, are no releases.
    expect(facts(markdownNotes(`# Heron Release Notes 3.2.1\n\n${['Heron Agent 2.0', 'Heron Console 3.1'].map(release).join('')}`)).history).toEqual([]);
    expect(facts(markdownNotes(`# Heron Release Notes 3.2.1\n\n${['Support for ESXi 8.0', 'Support for vSphere 8.0', 'Support for Kubernetes 1.29'].map(release).join('')}`)).history).toEqual([]);
  });

  it('reads release lines a changelog underlines with a rule shorter than the line, the date before the version', () => {
    // A backup client's changelog.txt: each release a line "date - version_channel_date" over a short rule, Markdown inside.
    const text = ['2026-10-15 - 3.2.1.110_canary_2026-10-15', '==========', 'This release is a canary release intended to be used for testing.', '', '# Faster restores', '',
      'Restores now read blocks in parallel.', '', '2026-09-30 - 3.2.1.109_canary_2026-09-30', '==========', '', '## Detailed list of changes', '', '- Fixed the retry delay', ''].join('\n');
    expect(facts(notes(plainTextBlocks(text)))).toEqual({ current: '2026-10-15 - 3.2.1.110_canary_2026-10-15', version: '3.2.1.110', date: '2026-10-15', history: ['3.2.1.109'] });
  });

  it('reads a list of releases in a "History" section ("• Version 3.0.02 01/6/2026" over its items) as the versions\' sections, the cover\'s version line naming the notes', () => {
    // A report-style PDF: the cover names the version, the releases are bullets of a "History" section, not headings.
    const blocks: Block[] = [
      { kind: 'heading', level: 1, text: 'HERON: Release Notes' },
      { kind: 'heading', level: 1, text: 'Version 3.0.02 January 6, 2026' },
      { kind: 'text', text: 'U.S. Department of Examples' },
      { kind: 'heading', level: 1, text: 'History' },
      { kind: 'text', text: ['This section describes changes introduced with each official release.', '• Version 3.0.02 01/6/2026', '– The INTERPOLATE option was not working properly in some cases. This has been fixed.', '– A makefile has been added to the src folder.',
        '• Version 3.0.01 10/30/2025', '– The precision of the node file was increased.', '• Version 3.0.00 2/6/2025', '– This is the first public release.'].join('\n') },
      { kind: 'heading', level: 1, text: 'Known Issues' },
      { kind: 'text', text: '• Cells outside the active domain are excluded.' },
    ];
    const parsed = notes(blocks, 'heron-3.0.02-ReleaseNotes.pdf');
    expect([facts(parsed), parsed.currentText]).toEqual([
      { current: 'Version 3.0.02 01/6/2026', version: '3.0.2', date: '2026-01-06', history: ['3.0.1', '3.0.0'] },
      // Typographic dashes read as plain ones.
      '- The INTERPOLATE option was not working properly in some cases. This has been fixed.\n- A makefile has been added to the src folder.',
    ]);
    // One release line in a text is no list of releases.
    expect(facts(notes([blocks[0]!, { kind: 'text', text: '• Version 3.0.02 01/6/2026\n– Fixed the option.' }], 'notes.pdf')).history).toEqual([]);
    // Notes divided by version headings keep them; a list of releases there is a summary.
    const summary = markdownNotes('# Heron\n\n• Version 3.0.02 01/6/2026\n• Version 3.0.01 10/30/2025\n\n## Version 3.0.02 (2026-01-06)\n\nFixed the option.\n\n## Version 3.0.01 (2025-10-30)\n\nFaster.\n');
    expect(facts(summary)).toEqual({ current: 'Version 3.0.02 (2026-01-06)', version: '3.0.2', date: '2026-01-06', history: ['3.0.1'] });
  });

  it('reads the release-information blocks a "Release History" repeats ("Software Version: V0.6.2" / "Release Date: 9 March 2026") as its releases, and no version row elsewhere', () => {
    const row = (version: string, date: string) => ['Milestone: Library delivered', `Software Version: ${version}`, 'Software Life Cycle Stage: Beta', `Release Date: ${date}`];
    const blocks: Block[] = [
      { kind: 'heading', level: 1, text: 'Release notes for Heron, version V0.6.4' },
      { kind: 'heading', level: 1, text: 'Release Information' },
      { kind: 'text', text: ['Project ........ : Heron', 'Software Version ........ : V0.6.4', 'Release Date ........ : 24 May 2026'].join('\n') },
      { kind: 'heading', level: 1, text: "What's new" },
      { kind: 'text', text: 'Editorial changes only.' },
      { kind: 'heading', level: 1, text: 'Release History' },
      { kind: 'text', text: [...row('V0.6.2', '9 March 2026'), ...row('V0.5.0', '20 January 2026')].join('\n') },
    ];
    const parsed = notes(blocks, 'heron-0.6.4-Release_Notes.pdf');
    expect(facts(parsed)).toEqual({ current: 'Release notes for Heron, version V0.6.4', version: '0.6.4', date: '2026-05-24', history: ['0.6.2', '0.5.0'] });
    expect(parsed.versions.filter((section) => section !== parsed.current).map((section) => section.date)).toEqual(['2026-03-09', '2026-01-20']);
    // Outside a release history, version rows are the release's own information.
    expect(facts(notes(blocks.slice(0, 5), 'heron-0.6.4-Release_Notes.pdf')).history).toEqual([]);
  });

  it('reads a release line at the margin right under the indented items of the release before it, a blank line forgotten', () => {
    const text = ['heron-tools-6.10.0 (26 Aug 2026)', '\tmkfs: set the autofsck property (A. Writer)', '\tlibheron: kernel sync (A. Writer)', 'heron-tools-6.9.0 (22 Jul 2026)',
      '\theron_db: fix an uninitialised error variable (B. Writer)', '', 'heron-tools-6.8.0 (17 May 2026)', '\t- heron_repair: dump both inode details (C. Writer)', ''].join('\n');
    expect(facts(notes(plainTextBlocks(text)))).toEqual({ current: 'heron-tools-6.10.0 (26 Aug 2026)', version: '6.10.0', date: '2026-08-26', history: ['6.9.0', '6.8.0'] });
    // An item that wraps onto the margin is no release, whatever it names; nor is a sentence at the margin under a command's output.
    expect(facts(notes(plainTextBlocks(['heron-tools-6.10.0 (26 Aug 2026)', '\tmkfs: set the autofsck property, as heron-tools', 'now does by default.', ''].join('\n')))).history).toEqual([]);
    const guide = ['INSTALLING', '', 'Check the version first:', '', '    $ heron --version', '    heron 2.1.0', 'Heron 2.1.0 (2026-01-05) or later is required for the sync command. Older agents stop at the first', 'sync.', ''].join('\n');
    expect(plainTextBlocks(guide).filter((block) => block.kind === 'heading').map((block) => block.text)).toEqual(['INSTALLING', 'Check the version first']);
  });

  it('reads a release line right after the last sentence of the notes before it, a blank line forgotten', () => {
    const text = ['HERON Release Notes', '', 'Release 2.2.3 - February 2026', '', '1. A rounding error was corrected.', 'Release 2.2.4 - August 2026', '',
      '1. The datum file was updated.', '', 'Release 2.2.5 - June 2027', '', '1. Support for Linux was added.', ''].join('\n');
    expect(facts(notes(plainTextBlocks(text)))).toEqual({ current: 'Release 2.2.5 - June 2027', version: '2.2.5', date: '2027-06', history: ['2.2.3', '2.2.4'] });
    // A table's row, without a sentence before it nor a blank line after it, stays a row.
    expect(facts(notes(plainTextBlocks(['HERON Release Notes', '', 'Release 2.2.5 - June 2027', '', 'Releases', 'Release 2.2.4 - August 2026', 'Release 2.2.3 - February 2026', ''].join('\n')))).history).toEqual([]);
  });

  it('reads "Changes from 1.21.5 to 1.21.6" headings as the notes of the later version, not "Upgrading from" sections', () => {
    // reStructuredText release notes of a C library: each heading names the release before and the release itself.
    const text = ['===========================', ' Release notes for Heron-Z', '===========================', '', '', 'Changes from 1.21.5 to 1.21.6', '=============================', '', '* Zlib updated to 1.3.1.', '',
      'Changes from 1.21.4 to 1.21.5', '=============================', '', '* Fix SSE2 build.', '', 'Changes from 0.8.0 to 0.9', '=========================', '', '* Threads.', '',
      'Upgrading from 0.8 to 0.9', '=========================', '', '* Rebuild the indexes.', ''].join('\n');
    expect(facts(notes(plainTextBlocks(text)))).toEqual({ current: 'Changes from 1.21.5 to 1.21.6', version: '1.21.6', date: undefined, history: ['1.21.5', '0.9'] });
  });

  it('reads the date a "Release Date" row of the release information gives, below other rows, not an earlier release\'s row in the history', () => {
    // A vendor template: the title, a block of dot-leader rows, the history as the same rows.
    const blocks: Block[] = [
      { kind: 'heading', level: 1, text: 'Release notes for Heron Z, version V0.6.4' },
      { kind: 'heading', level: 1, text: 'Release Information' },
      { kind: 'text', text: ['Project ........ : Heron Z', 'Milestone ........ : Milestone 4 - Library delivered', 'incl. demonstration in development', 'complete quality level', 'Customer ........ : ULE partners', 'Software Version ........ : V0.6.4', 'Software Life Cycle Stage ........ : Beta', 'Release Date ........ : 24 May 2026'].join('\n') },
      { kind: 'heading', level: 1, text: 'Changes in this release' },
      { kind: 'text', text: '- Addition of a LICENSE file' },
      { kind: 'heading', level: 1, text: 'Release History' },
      { kind: 'text', text: 'Software Version: V0.6.2\nRelease Date: 9 March 2026' },
    ];
    expect(facts(notes(blocks))).toEqual({ current: 'Release notes for Heron Z, version V0.6.4', version: '0.6.4', date: '2026-05-24', history: [] });
    // Without a row of its own, the release is not dated by the history's.
    expect(facts(notes([...blocks.slice(0, 2), { kind: 'text', text: 'Software Version ........ : V0.6.4' }, ...blocks.slice(3)])).date).toBeUndefined();
  });

  it('keeps whole-number version headings that open pages ("V 5" atop each page), which are no page numbers of a running head', async () => {
    const blocks = [5, 4, 3, 2].flatMap((version) => [{ kind: 'heading' as const, level: 2, text: `V ${version}` }, { kind: 'item' as const, text: `Added export option ${version}.` }]);
    const content = await extractDocument('pdf', renderPdf('Heron Sheets Release Notes', blocks, false, { pageBreakBefore: 2 }), 'rn.pdf', extractionLimits(defaultLimits));
    const document: BundleDocument = { file: { path: 'rn.pdf' } as BundleFile, format: 'pdf', roles: ['release-notes'], rolesFrom: 'name', content, problem: undefined };
    expect(facts(releaseNotesOf([document])[0]!)).toEqual({ current: 'V 5', version: '5', date: undefined, history: ['4', '3', '2'] });
  });

  it('reads release lines standing as paragraphs between styled headings (a page of collapsible releases saved as Word or ODF) as the releases, their parts under them', async () => {
    // "Update History" (heading 1), then for each release its line in a body paragraph and its parts as heading 2.
    const releases = [['V2.1.0 / 02-June-2026', 'Faster rescans.'], ['V2.0.0 / 04-November-2025', 'First release on ESXi 8.']] as const;
    const blocks = [
      { kind: 'heading' as const, level: 1, text: 'Update History' },
      ...releases.flatMap(([line, change]) => [{ kind: 'paragraph' as const, text: line }, { kind: 'heading' as const, level: 2, text: 'Main Changes' }, { kind: 'paragraph' as const, text: change }]),
    ];
    const paragraphs = [{ style: 'Title', text: 'Release Notes for Heron NAS Plugin' }, ...blocks.map((block) => ({ style: block.kind === 'heading' ? `Titre${block.level}` : undefined, text: block.text }))];
    for (const [format, bytes] of [['docx', writeDocx(paragraphs, WORD_STYLES)], ['odt', renderOdt('Release Notes for Heron NAS Plugin', blocks)]] as const) {
      const content = await extractDocument(format, bytes, `rn.${format}`, extractionLimits(defaultLimits));
      const document: BundleDocument = { file: { path: `rn.${format}` } as BundleFile, format, roles: ['release-notes'], rolesFrom: 'name', content, problem: undefined };
      const read = releaseNotesOf([document])[0]!;
      expect([format, facts(read), read.current?.parts.map((part) => part.label)]).toEqual([format, { current: 'V2.1.0 / 02-June-2026', version: '2.1.0', date: '2026-06-02', history: ['2.0.0'] }, ['Main Changes']]);
    }
    // A sentence naming a release stays text, though it starts as a release line does.
    const sentence = [{ style: 'Titre1', text: 'Update History' }, { text: 'Version 2.1.0 was released on 2026-06-02.' }, { text: 'heron-nas_v2.1.0_2026-06-02.zip. It is packaged as a VIB.' }, { style: 'Titre2', text: 'Main Changes' }, { text: 'Faster rescans.' }];
    const content = await extractDocument('docx', writeDocx(sentence, WORD_STYLES), 'rn.docx', extractionLimits(defaultLimits));
    expect(content.sections.map((section) => section.heading?.text)).toEqual(['Update History', 'Main Changes']);
  });

  it('never reads the print date a browser set atop a printed page for the release\'s date', async () => {
    const blocks = [{ kind: 'heading' as const, level: 2, text: 'New Features' }, { kind: 'item' as const, text: 'Five measurement plugins for the bus monitor.' }, { kind: 'heading' as const, level: 2, text: 'Known Issues' }, { kind: 'item' as const, text: 'The filter applies when the field loses focus.' }];
    for (const [file, date] of [['Release Notes.md', '2026-03-24'], ['RELEASE_NOTES.md', '6/27/2026']] as const) {
      const content = await extractDocument('pdf', renderPdf('Release Notes', blocks, false, { printed: { file, date } }), 'rn.pdf', extractionLimits(defaultLimits));
      const document: BundleDocument = { file: { path: 'rn.pdf' } as BundleFile, format: 'pdf', roles: ['release-notes'], rolesFrom: 'name', content, problem: undefined };
      const parsed = releaseNotesOf([document])[0]!;
      expect([content.title, facts(parsed), content.text.includes(date)]).toEqual(['Release Notes', { current: undefined, version: undefined, date: undefined, history: [] }, false]);
    }
  });

  it('reads a flat document\'s current notes on to the next version\'s heading: its text as its parts are (a title naming the version over parts at its level)', () => {
    const text = ['Release Notes for Heron 3.9', '', 'Top New Features', '', 'Session trunking for NFS 4.1 datastores.', '', 'Circuits:', '', 'Fixed a problem where clones of thin disks stalled.', '', 'Release 3.8', '', 'Earlier:', '', 'Fixed a crash of the agent on rename.'].join('\n');
    const parsed = notes(plainTextBlocks(text));
    expect([facts(parsed), parsed.currentParts.map((part) => part.label)]).toEqual([{ current: 'Release Notes for Heron 3.9', version: '3.9', date: undefined, history: ['3.8'] }, ['Top New Features', 'Circuits:']]);
    expect([parsed.currentText.includes('clones of thin disks stalled'), parsed.currentText.includes('crash of the agent')]).toEqual([true, false]);
  });

  it('reads the dates of notes that write them day first as such: "12/5/2025" over "25/4/2025" is the 12th of May', () => {
    const text = ['Heron Release Notes', '', 'Version 3.2.1 - 12/5/2025', '', 'Fixed clone timeouts.', '', 'Version 3.2.0 - 25/4/2025', '', 'Added session trunking.', ''].join('\n');
    expect(facts(notes(plainTextBlocks(text)))).toEqual({ current: 'Version 3.2.1 - 12/5/2025', version: '3.2.1', date: '2025-05-12', history: ['3.2.0'] });
    // Month first where nothing says otherwise, and where only the text quotes a date written day first.
    expect(facts(notes(plainTextBlocks(text.replace('25/4/2025', '4/25/2025')))).date).toBe('2025-12-05');
    expect(facts(notes(plainTextBlocks(text.replace('Version 3.2.0 - 25/4/2025', 'Version 3.2.0 - 4/1/2025').replace('Fixed clone timeouts.', 'Fixed the reading of dates such as 25/12/2024.')))).date).toBe('2025-12-05');
  });

  it('dates a version by a heading that is only a date right after it at its level, as a document without heading styles types both', () => {
    const blocks: Block[] = [{ kind: 'heading', level: 2, text: 'Release Notes for Heron 3.9' }, { kind: 'heading', level: 2, text: 'January 29. 2015' }, { kind: 'text', text: 'Heron 3.9 adds session trunking.' }, { kind: 'heading', level: 2, text: 'Top New Features' }, { kind: 'text', text: 'Session trunking.' }];
    expect(facts(notes(blocks))).toEqual({ current: 'Release Notes for Heron 3.9', version: '3.9', date: '2015-01-29', history: [] });
  });

  it('takes section numbers of an auto-numbered guide for no version', () => {
    const text = ['Heron Adapter Release Notes', '', '1 Overview', '', 'About.', '', '2 Release 3.2.1', '', '2.1 New Features', '', 'Trunking.', '', '2.2 Fixed Issues', '', 'Clones.', '', '3 Earlier Releases', '', '3.1 Release 3.2.0', '', 'Locks.', ''].join('\n');
    expect(facts(notes(plainTextBlocks(text)))).toEqual({ current: '2 Release 3.2.1', version: '3.2.1', date: undefined, history: ['3.2.0'] });
  });
});

describe('release notes of many versions', () => {
  it('are divided into 60,000 version sections in linear time (each compared with the sections it holds, not with every other)', () => {
    const source = ['# Corvid NAS Plugin Release Notes', '', ...Array.from({ length: 60_000 }, (_, index) => `## Version 1.${index}.0\n\n### Fixed\n\n- Clones ${index}.\n`)].join('\n');
    const started = performance.now();
    const divided = markdownNotes(source);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect([divided.versions.length, divided.current?.heading.text]).toEqual([60_000, 'Version 1.59999.0']);
  });

  it('read a heading of 100,000 brackets after a version in linear time (its closing bracket looked for at its end only)', () => {
    const started = performance.now();
    expect([isVersionHeading(`1.0 ${'()'.repeat(100_000)}x`), isVersionHeading(`1.0 ${'('.repeat(200_000)}`)]).toEqual([true, true]);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('read 20,000 nested headings of one version, each naming a part ("Version 1.0.2 Known Issues 7"), in linear time (parts counted by prefix sums, not inner by inner)', () => {
    const blocks: Block[] = Array.from({ length: 20_000 }, (_, index): Block => ({ kind: 'heading', level: index + 2, text: `Version 1.0.2 Known Issues ${index}` }));
    const started = performance.now();
    const read = notes([{ kind: 'heading', level: 1, text: 'Heron Release Notes' }, ...blocks]);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(read.versions.map((section) => section.heading.text)).toEqual(['Version 1.0.2 Known Issues 0']);
  });

  it('read a flat document\'s 30,000 parts of one version in linear time (where its parts end is found once, not at each part)', () => {
    const blocks: Block[] = [{ kind: 'heading', level: 2, text: 'Release Notes for Heron 3.9' }, ...Array.from({ length: 30_000 }, (_, index): Block => ({ kind: 'heading', level: 2, text: `Component ${index}:` }))];
    const started = performance.now();
    const read = notes(blocks);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect([read.current?.heading.text, read.currentParts.length]).toEqual(['Release Notes for Heron 3.9', 30_000]);
  });

  it('are divided into 20,000 releases named by product in linear time (each release\'s parts end at the next, not at the document\'s end)', () => {
    const source = ['# Release Notes', '', ...Array.from({ length: 20_000 }, (_, index) => `## Heron Data Fabric ${Math.floor(index / 100)}.${index % 100}.1\n\nFixed a crash.\n`)].join('\n');
    const started = performance.now();
    const divided = markdownNotes(source);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect([divided.versions.length, divided.versions.every((version) => version.parts.length === 0)]).toEqual([20_000, true]);
  });
});
