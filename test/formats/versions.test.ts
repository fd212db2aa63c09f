import { describe, expect, it } from 'vitest';
import { findDate, findVersion, formatVersion, sameVersion } from '../../src/formats/versions.js';

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
  ])('%s is %j build %s', (text, nodes, build) => {
    expect(findVersion(text)).toMatchObject({ nodes, build });
  });

  it.each(['open_source_licenses.txt', 'EULA.txt', 'libvmkNasPlugin.so', 'esxi7-plugin'])('%s has none', (text) => {
    expect(findVersion(text)).toBeUndefined();
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
    ['2026-02-30', undefined],
    ['build 4471', undefined],
    ['Released 10/15/2026 (US)', '2026-10-15'],
    ['Version 3.2.1 (15.10.2026)', '2026-10-15'],
    ['was released on October 15, 2026.', '2026-10-15'],
    ['Release 3.2.1 – 15 Oct 2026', '2026-10-15'],
    ['Sept. 3rd 2026', '2026-09-03'],
    ['3.2.1 (March 2026)', undefined],
    ['the earliest wins: 1 July 2026, then 2026-10-15', '2026-07-01'],
  ])('%s is dated %s', (text, date) => {
    expect(findDate(text)).toBe(date);
  });
});
