import { describe, expect, it } from 'vitest';
import type { PartnerIdentity } from '../../src/model/model.js';
import { closestLink, isPartnerUrl, judgeLink } from '../../src/release/links.js';
import { bundleNameWord, copyrightHolders, describePartner, mailDomains, nameKeys } from '../../src/release/partner.js';

const ACME: PartnerIdentity = { names: [{ text: 'Acme Storage, Inc.', source: 'copyright', path: 'x' }], domains: [{ text: 'acme-storage.com', source: 'e-mail', path: 'x' }], known: true };
const UNKNOWN: PartnerIdentity = { names: [], domains: [], known: false };

describe('judgeLink', () => {
  it.each([
    ['https://support.acme-storage.com/cases', 'partner', 'a host of the partner'],
    ['https://www.acmestorage.com/', 'partner', 'a host of the partner'],
    ['https://acme.co.uk/help', 'partner', 'a host of the partner'],
    ['https://github.com/acme-storage/nas-plugin/issues', 'partner', "the partner's organisation on a code host"],
    ['https://acme.zendesk.com/hc/en-us', 'partner', "the partner's site on a hosting service"],
    ['https://kb.vmware.com/s/article/2140', 'vmware', 'a VMware-owned host'],
    ['https://github.com/vmware-tanzu/velero', 'vmware', 'a VMware-owned host'],
    ['https://tsanet.org/', 'neutral', 'a vendor-neutral host'],
    ['https://www.softpedia.com/get/Acme-NAS.shtml', 'third-party', 'a third-party download site'],
    ['https://acme-storage.wordpress.com/2026/tips', 'third-party', 'a blog on a third-party platform'],
    ['https://github.com/someone/acme-tools', 'third-party', "a code host, under an organisation that is not the partner's"],
    ['https://confluence.corp.example.local/display/SUP', 'intranet', 'an intranet host'],
    ['http://wiki/support', 'intranet', 'an intranet host'],
    ['https://192.168.10.4/ui', 'intranet', 'an intranet host'],
    ['https://VC_IP/mob', 'placeholder', 'a placeholder host'],
    ['https://x.x.x.x/ui', 'placeholder', 'a placeholder host'],
    ['https://www.example.com/support', 'placeholder', 'a placeholder host'],
    ['https://support.yourcompany.com/', 'placeholder', 'a placeholder host'],
    ['https://www.kestrel.example/', 'public', "a host that is not one of the partner's domains"],
  ])('%s is %s', (url, kind, reason) => {
    const judgement = judgeLink(url, ACME);
    expect([judgement.kind, judgement.reason, judgement.counts]).toEqual([kind, reason, kind === 'partner']);
    expect(isPartnerUrl(url, ACME)).toBe(kind === 'partner');
  });

  it('takes every address inside the EULA for legal text, even on the partner host', () => {
    expect(judgeLink('https://www.acme-storage.com/legal/eula', ACME, { legal: true })).toMatchObject({ kind: 'legal', counts: false, reason: 'a legal address inside the EULA' });
  });

  it('counts any public host nobody else owns while the partner is not known, and no intranet or placeholder', () => {
    expect([isPartnerUrl('https://www.kestrel.example/', UNKNOWN), isPartnerUrl('https://VC_IP/mob', UNKNOWN), isPartnerUrl('https://kb.vmware.com/', UNKNOWN)]).toEqual([true, false, false]);
  });

  it('names as closest the candidate nearest a partner page', () => {
    const judgements = ['https://kb.vmware.com/x', 'https://VC_IP/mob', 'https://confluence.corp.example.local/x', 'https://www.softpedia.com/x'].map((url) => judgeLink(url, ACME));
    expect(closestLink(judgements)?.url).toBe('https://www.softpedia.com/x');
    expect(closestLink([])).toBeUndefined();
  });
});

describe('partner names', () => {
  it('reads the holder of each form of copyright line, and no placeholder', () => {
    expect(copyrightHolders('© 2026 Acme Storage, Inc. All rights reserved.\nCopyright (c) 2019-2026 Kestrel Data Ltd | Page 4\n(C) Copyright IBM Corp. 2003\nCopyright {{ year }} {{ owner }}\nsubject to copyright law')).toEqual([
      'Acme Storage, Inc.',
      'Kestrel Data Ltd',
      'IBM Corp.',
    ]);
  });

  it('reads e-mail domains', () => {
    expect(mailDomains('Write to support@acme-storage.com or to Jane.Doe@Kestrel.co.uk.')).toEqual(['acme-storage.com', 'kestrel.co.uk']);
  });

  it('reads an address where its local part starts, as a search of the whole text would', () => {
    // The domain is the longest run of labels that ends in a top-level word; the `@` after it opens no address of its own.
    expect(mailDomains('ops@acme.com.backup@kestrel.io')).toEqual(['acme.com.backup']);
    expect(mailDomains('a@b@acme.com; jane@x.y.z-q.example.org;bob@two.io')).toEqual(['acme.com', 'x.y.z-q.example.org', 'two.io']);
    expect(mailDomains('write to x.y@Acme.COM, or @kestrel.io or me@nowhere')).toEqual(['acme.com']);
  });

  it('reads the holder after a long list of years in full (GNU style)', () => {
    const years = Array.from({ length: 30 }, (_, index) => 1988 + index).join(', ');
    expect(copyrightHolders(`Copyright (C) ${years} Free Software Foundation, Inc.`)).toEqual(['Free Software Foundation, Inc.']);
  });

  it('reads e-mail addresses and copyright lines of long runs of characters in linear time', () => {
    const started = performance.now();
    expect([mailDomains('a.'.repeat(200_000)), mailDomains('a'.repeat(400_000)), copyrightHolders(`© 2026 ${'x '.repeat(200_000)}`), copyrightHolders(`Copyright 2020 Acme${', '.repeat(150_000)}x`)]).toEqual([[], [], [], []]);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('makes the forms a name takes in host names', () => {
    expect([nameKeys('Acme Storage, Inc.'), nameKeys('Hewlett Packard Enterprise'), nameKeys('The Longhorn Authors'), nameKeys('CVD')]).toEqual([
      ['acmestorage', 'acme'],
      ['hewlettpackardenterprise', 'hewlett', 'hpe'],
      ['longhorn'],
      ['cvd'],
    ]);
  });

  it('takes a two-character first word as a form only when it is written as an abbreviation', () => {
    expect([nameKeys('F5, Inc.'), nameKeys('HP Inc.'), nameKeys('F5 Networks'), nameKeys('The Go Authors'), nameKeys('My Storage Ltd'), nameKeys('42 Ltd')]).toEqual([
      ['f5'],
      ['hp'],
      ['f5networks', 'f5'],
      [],
      ['mystorage'],
      [],
    ]);
  });

  it("takes the bundle name's first word that is not a product word", () => {
    expect([bundleNameWord('/tmp/acme-nas-plugin-2.4.0.zip'), bundleNameWord('NAS_Plugin_v3.zip'), bundleNameWord('CVD-corvid-nas-plugin-3.2.1-offline-bundle.zip')]).toEqual(['acme', undefined, 'CVD']);
  });

  it('describes the partner for messages', () => {
    expect([describePartner(ACME), describePartner(UNKNOWN)]).toEqual([
      'Acme Storage, Inc. (acme-storage.com)',
      'the partner, whose name and domains are not known (set partner.names or partner.domains in the configuration)',
    ]);
  });
});
