import { describe, expect, it } from 'vitest';
import { compareNodes, findDate, findVersion, findVersions, formatVersion, sameVersion, writesDayFirst } from '../../src/formats/versions.js';

describe('version designations', () => {
  it.each([
    ['corvid-nas-plugin-3.2.1-4471', [3, 2, 1], '4471'],
    ['corvid-nas-plugin-3.2.1.4471.zip', [3, 2, 1], '4471'],
    ['Corvid NAS Plugin 3.2.1 build 4471', [3, 2, 1], '4471'],
    ['acme_2.4.0_b1187', [2, 4, 0], '1187'],
    ['3.2.1-1OEM.700.1.0.15843807', [3, 2, 1], undefined],
    ['CVD_bootbank_corvid-nas-plugin_3.2.1-1OEM.700.1.0.15843807.vib', [3, 2, 1], undefined],
    ['corvid-nas-plugin-3.2.1-docs.zip', [3, 2, 1], undefined],
    ['Corvid_NAS_Plugin_3.2.1_Release_Notes.md', [3, 2, 1], undefined],
    ['acme-v2.4-1187', [2, 4], '1187'],
    ['acme-2.4.0-20261015', [2, 4, 0], undefined],
    ['Heron Adapter 3.2.1.1 (build 4480)', [3, 2, 1, 1], '4480'],
    ['heron-3.2.1.1+4480.zip', [3, 2, 1, 1], '4480'],
    ['Derby 10.15.2.0', [10, 15, 2, 0], undefined],
    ['ssm-agent 3.3.987.0', [3, 3, 987, 0], undefined],
    ['5.0.0-0.0.2', [5, 0, 0], undefined],
    ['HWT-Plugin-1.0-5.5-201024', [1, 0], undefined],
    ['ov-sdk-app_v0.2_2015-07-13.zip', [0, 2], undefined],
    ['Driver for NFS 4.1 Datastores, version 2.0.3', [2, 0, 3], undefined],
    ['Revision 2.1 of the Heron 4.4.0 guide', [4, 4, 0], undefined],
  ])('%s is %j build %s', (text, nodes, build) => {
    expect(findVersion(text)).toMatchObject({ nodes, build });
  });

  it.each(['open_source_licenses.txt', 'EULA.txt', 'libvmkNasPlugin.so', 'esxi7-plugin'])('%s has none', (text) => {
    expect(findVersion(text)).toBeUndefined();
  });

  it.each([
    ['Heron 3.2.1 HF1', 'HF1'],
    ['heron-3.2.1-hf2.zip', 'HF2'],
    ['Heron 3.2.1 Hot Fix 3', 'HF3'],
    ['Heron 3.2.1 hotfix 02 (build 4471)', 'HF2'],
    ['Heron 3.2.1 P03', 'P03'],
  ])('%s is the hot fix %s, a node that differs from the release it fixes', (text, hotfix) => {
    const version = findVersion(text)!;
    expect(version).toMatchObject({ nodes: [3, 2, 1], hotfix });
    expect(compareNodes(version, findVersion('3.2.1')!)).toBeGreaterThan(0);
  });

  it('tells the product version from a platform\'s and a document\'s revision', () => {
    expect(findVersions('Release Notes for NFS 4.1 Datastores on ESXi 8.0, Kubernetes v1.25, Revision 2.1, Apache License, Version 2.0: Heron 4.4.0').map(({ text, kind }) => [text, kind])).toEqual([
      ['4.1', 'platform'], ['8.0', 'platform'], ['v1.25', 'platform'], ['2.1', 'revision'], ['2.0', 'revision'], ['4.4.0', 'product'],
    ]);
    // A product's edition is the product's, a document's edition its revision.
    expect(findVersions('Heron Community Edition 7.2.6 Released, User Guide Edition 3.1').map(({ text, kind }) => [text, kind])).toEqual([['7.2.6', 'product'], ['3.1', 'revision']]);
  });

  it('compares every node: 3.2.1.1 is not 3.2.1.0', () => {
    expect(compareNodes(findVersion('3.2.1.1')!, findVersion('3.2.1.0')!)).toBeGreaterThan(0);
    expect(formatVersion(findVersion('Heron 3.2.1.1 (build 4480)')!)).toBe('3.2.1.1 build 4480');
  });

  it('treats the three build spellings as one signature, and the ESXi suffix as no build', () => {
    const [dotted, dashed, spelled, vib] = ['3.2.1.4471', '3.2.1-4471', '3.2.1 build 4471', '3.2.1-1OEM.700.1.0.15843807'].map((text) => findVersion(text)!);
    expect(sameVersion(dotted!, dashed!) && sameVersion(dashed!, spelled!) && sameVersion(spelled!, vib!)).toBe(true);
    expect(sameVersion(dashed!, findVersion('3.2.1-4472')!)).toBe(false);
    expect(sameVersion(findVersion('3.2')!, findVersion('3.2.0')!)).toBe(true);
    expect(formatVersion(spelled!)).toBe('3.2.1 build 4471');
  });

  it.each([
    ['2026-10-15T00:00:00.000000+00:00', '2026-10-15'],
    ['acme-2.4.0-20261015', '2026-10-15'],
    ['acme_2026_10_15', '2026-10-15'],
    // The year first with a month or day of one digit, as people type it; not inside a longer run of numbers.
    ['2018-8-16', '2018-08-16'],
    ['Fixes for version 1.31 (2016-1-13)', '2016-01-13'],
    ['2016/1/3', '2016-01-03'],
    ['2018-13-1', undefined],
    ['1.2018-8-16', undefined],
    ['2018-8-16-3', undefined],
    // With slashes after a dash, as a release line joins its version and date; a dashed date there stays a run of numbers.
    ['V2.2.2-2025/1/20', '2025-01-20'],
    // The day, "of", then the month and year.
    ['released 6th of August 2026', '2026-08-06'],
    ['Security Update 2 of March 2024', undefined],
    ['v1.2-2018-8-16', undefined],
    // The year first, then the month's name and the day ("Release date: 2026 April 29"), not a version after a month.
    ['Release date | 2026 April 29 |', '2026-04-29'],
    ['2023 Nov 7th', '2023-11-07'],
    ['2026 April 3.2.1', undefined],
    ['2026-02-30', undefined],
    ['build 4471', undefined],
    ['Released 10/15/2026 (US)', '2026-10-15'],
    ['Version 3.2.1 (15.10.2026)', '2026-10-15'],
    ['was released on October 15, 2026.', '2026-10-15'],
    ['January 29. 2015', '2015-01-29'],
    // The month's name between slashes or hyphens, with a two-digit year too.
    ['Version 2.00.b.10 release date 31/Oct/12', '2012-10-31'],
    ['5-Jul-12', '2012-07-05'],
    ['31/Feb/12', undefined],
    ['Release 3.2.1 – 15 Oct 2026', '2026-10-15'],
    ['Sept. 3rd 2026', '2026-09-03'],
    ['3.2.1 (March 2026)', undefined],
    ['the earliest wins: 1 July 2026, then 2026-10-15', '2026-07-01'],
    ['Released 15/10/2026', '2026-10-15'],
    ['Released 05/10/2026', '2026-05-10'],
    ['Version 3.2.1 (15-10-2026)', '2026-10-15'],
    ['Version 3.2.1 (05.10.2026)', '2026-10-05'],
    ['Version 3.2.1 - 15-Oct-2026', '2026-10-15'],
    ['Oct-15-2026', '2026-10-15'],
    // Word templates space the hyphens of a written-out date: "V8.1.3/ 5- September -2024".
    ['V8.1.3/ 5- September -2024', '2024-09-05'],
    ['V2.3.0/ 23- Apr -2023', '2023-04-23'],
    ['version 1.2.3-10 - Oct 2026', undefined],
    // The day's dot right before the month, as older notes write it ("compiled:21.Mar 1995"), but not after a version's node,
    // nor a list's number or a whole-number version before a spaced month.
    ['version:0.70  compiled:21.Mar 1995', '1995-03-21'],
    ['Release 3.2.May 2026', undefined],
    ['1. March 2026: Heron 2.1 released', undefined],
    ['Version 2. March 2026', undefined],
    ['15th of nothing 2026', undefined],
    // A two-digit year only where a release word says a date follows: elsewhere 3/4/26 may be anything.
    ['Version 1.7.0 - released on 27/09/22', '2022-09-27'],
    ['Released: 10/15/26', '2026-10-15'],
    ['Release date 15.10.26', '2026-10-15'],
    // Two-digit years from 69 on are of the twentieth century, as POSIX strptime's %y reads them.
    ['Document dated 12/31/99', '1999-12-31'],
    ['Release date 01.07.98', '1998-07-01'],
    ['Released on 02/01/68', '2068-02-01'],
    ['split 27/09/22 of the pool', undefined],
    ['released on 31/02/22', undefined],
    // A version after a release word is no date with a two-digit year.
    ['Release 3.2.10 (2026-10-15)', '2026-10-15'],
    ['We released 1.2.10 today', undefined],
  ])('%s is dated %s', (text, date) => {
    expect(findDate(text)).toBe(date);
  });

  it.each([
    ['Release 3.2.1 - September, 2020', '2020-09'],
    ['Sep-2020', '2020-09'],
    ['September 2020, then 2020-10-01', '2020-09'],
    ['15 September 2020', '2020-09-15'],
    // An ISO month alone, not a name's number.
    ['[1.71.4] - 2022-04', '2022-04'],
    ['Fixed CVE-2024-10 in the parser', undefined],
    ['Ubuntu 2022.04 images', undefined],
  ])('%s is dated %s when a month without a day counts', (text, date) => {
    expect(findDate(text, { month: true })).toBe(date);
  });

  it.each([
    // A document that writes 25/4/2025 writes its slashed dates day first: its 12/5/2025 is the 12th of May.
    ['12/5/2025 … 5/5/2025 … 25/4/2025', true, '2025-05-12'],
    ['Released on 12/5/25; the last release 25/4/25 … 25/4/2025', true, '2025-05-12'],
    // One date no day can be first (4/25/2025) makes the document month first, whatever else it writes.
    ['12/5/2025 … 25/4/2025 … 4/25/2025', false, '2025-12-05'],
    ['12/5/2025 … 5/5/2025', false, '2025-12-05'],
    // Dots and hyphens are day first anyway.
    ['12.5.2025 … 25.4.2025', false, '2025-05-12'],
  ])('%s writes day first: %s, so its first date is %s', (text, dayFirst, date) => {
    expect([writesDayFirst(text), findDate(text, { dayFirst: writesDayFirst(text) })]).toEqual([dayFirst, date]);
  });
});
