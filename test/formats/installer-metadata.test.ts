import { describe, expect, it } from 'vitest';
import { xmlOfDisallowedCharacters } from '../../fixtures/pathological.js';
import { parseBulletins, parseDepotIndex, parseDescriptor, parseListedVib } from '../../src/formats/installer-metadata.js';

const DESCRIPTOR = `<?xml version="1.0" encoding="UTF-8"?>
<!-- built by vibauthor -->
<vib xmlns="http://www.vmware.com/Schemas/vib" version="5.0">
  <type>bootbank</type>
  <name>acme-nas</name>
  <version>2.4.0-1OEM.800.1.0.20613240</version>
  <vendor>ACME</vendor>
  <summary><![CDATA[NAS plugin for ACME arrays]]></summary>
  <release-date>2026-10-15T10:00:00</release-date>
  <acceptance-level>partner</acceptance-level>
  <payloads>
    <payload name="acme-nas" type="tgz" size="1234">
      <checksum checksum-type="sha-256">ABCDEF</checksum>
      <checksum checksum-type="sha-1" verify-process="gunzip">123456</checksum>
    </payload>
  </payloads>
</vib>
`;

describe('VIB descriptors', () => {
  it('reads fields, payloads and checksums from a namespaced descriptor with comments and CDATA', () => {
    expect(parseDescriptor(DESCRIPTOR)).toEqual({
      descriptor: {
        fields: {
          type: { text: 'bootbank', line: 4 },
          name: { text: 'acme-nas', line: 5 },
          version: { text: '2.4.0-1OEM.800.1.0.20613240', line: 6 },
          vendor: { text: 'ACME', line: 7 },
          summary: { text: 'NAS plugin for ACME arrays', line: 8 },
          'release-date': { text: '2026-10-15T10:00:00', line: 9 },
          'acceptance-level': { text: 'partner', line: 10 },
        },
        payloads: [
          {
            name: 'acme-nas',
            type: 'tgz',
            size: 1234,
            checksums: [
              { type: 'sha-256', verifyProcess: undefined, value: 'abcdef', line: 13 },
              { type: 'sha-1', verifyProcess: 'gunzip', value: '123456', line: 14 },
            ],
            line: 12,
          },
        ],
        files: [],
        esxConstraints: [],
        missing: [],
      },
    });
  });

  it('lists the required fields that are absent or empty', () => {
    const parsed = parseDescriptor('<vib><name>x</name><version></version><vendor>V</vendor></vib>');
    expect(parsed).toMatchObject({ descriptor: { missing: ['version', 'summary', 'acceptance-level', 'payloads'] } });
  });

  it.each([
    ['<vib><name>x</name>', 'unclosed tag: vib'],
    ['<bulletin/>', 'its root element is <bulletin>, not <vib>'],
    ['<!DOCTYPE vib [<!ENTITY a "aaaa">]><vib>&a;</vib>', 'undefined entity.'],
  ])('reports %j as not well-formed', (text, error) => {
    expect(parseDescriptor(text)).toMatchObject({ error });
  });

  it('reports a 4 MiB descriptor with a disallowed character at every position as not well-formed, at its first, in linear time', () => {
    // The parser went on past each error, building an Error for each: 20 s for a million, on the main thread, before.
    const text = xmlOfDisallowedCharacters(DESCRIPTOR, 4 * 2 ** 20 - DESCRIPTOR.length);
    const started = performance.now();
    expect(parseDescriptor(text)).toEqual({ error: 'disallowed character.', line: 16 });
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 120_000);
});

describe('bulletins', () => {
  it('reads a bulletin file and the bulletins a vmware.xml embeds', () => {
    const platforms = '<platforms><softwarePlatform version="7.0.*" productLineID="embeddedEsx"/><softwarePlatform version="" productLineID="embeddedEsx"/></platforms>';
    const bulletin = `<bulletin><id>ACME-nas-2.4.0</id><summary>NAS plugin</summary><releaseDate>2026-10-15T00:00:00</releaseDate>${platforms}<vibList><vibID>ACME_bootbank_acme-nas_2.4.0-1OEM</vibID></vibList></bulletin>`;
    expect(parseBulletins(bulletin)).toEqual([
      {
        id: { text: 'ACME-nas-2.4.0', line: 1 }, summary: { text: 'NAS plugin', line: 1 }, releaseDate: { text: '2026-10-15T00:00:00', line: 1 },
        vibIds: [{ text: 'ACME_bootbank_acme-nas_2.4.0-1OEM', line: 1 }], platforms: [{ text: '7.0.*', line: 1 }, { text: '*', line: 1 }], line: 1,
      },
    ]);
    expect(parseBulletins(`<metadataResponse><version>3.0</version>${bulletin}${bulletin}</metadataResponse>`)).toHaveLength(2);
    expect(parseBulletins('<index/>')).toEqual([]);
  });
});

describe('depot metadata', () => {
  it("reads a VIB's entry: its id, the depot's relative path and the .vib's SHA-256, not a payload's", () => {
    const entry = DESCRIPTOR.replace('</vib>', '  <relative-path>vib20/acme-nas/ACME_bootbank_acme-nas_2.4.0.vib</relative-path>\n  <checksum checksum-type="sha-256">FEED</checksum>\n</vib>');
    expect(parseListedVib(entry)).toEqual({
      vib: { id: 'ACME_bootbank_acme-nas_2.4.0-1OEM.800.1.0.20613240', relativePath: 'vib20/acme-nas/ACME_bootbank_acme-nas_2.4.0.vib', sha256: { text: 'feed', line: 18 }, line: 3 },
    });
    expect(parseListedVib('<bulletin/>')).toEqual({ error: 'its root element is <bulletin>, not <vib>', line: 1 });
  });

  it('reads the files an index and a vendor index name, under a relative path', () => {
    const index = '<vendorList>\n<vendor><relativePath>acme</relativePath><indexfile>vendor-index.xml</indexfile></vendor>\n<vendor><indexfile>other.xml</indexfile></vendor>\n</vendorList>';
    expect(parseDepotIndex(index, 'index')).toEqual({ references: [{ text: 'acme/vendor-index.xml', line: 2 }, { text: 'other.xml', line: 3 }] });
    expect(parseDepotIndex('<vendor><metadata><url>metadata.zip</url></metadata></vendor>', 'vendor-index')).toEqual({ references: [{ text: 'metadata.zip', line: 1 }] });
    expect(parseDepotIndex('<vendor>', 'index')).toEqual({ error: 'unclosed tag: vendor', line: 1 });
  });
});
