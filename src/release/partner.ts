import { basename } from 'node:path';
import type { Bulletin, BundleDocument, BundleFile, IdentityClue, PartnerConfiguration, PartnerIdentity, PluginPackage, Vib } from '../model/model.js';
import { insideAny, parsedDescriptor } from '../model/queries.js';
import { isPublicDomain, registrableLabel, sameOrSubdomain, VMWARE_DOMAINS } from './hosts.js';

/**
 * Who the partner is, read once per bundle from everything that names it: the configuration's
 * `partner.names` and `partner.domains`, the vendor of the VIBs, bulletins and plugin packages,
 * the holders of the copyright lines and the domains of the e-mail addresses of the documents
 * (not of third-party notices, nor of the installer's own copies), and the bundle's file name.
 * VMware's and Broadcom's names, web-mail providers and placeholders are never the partner.
 */
export function partnerIdentity(sources: {
  readonly bundlePath: string;
  readonly configured: PartnerConfiguration;
  readonly vibs: readonly Vib[];
  readonly bulletins: readonly Bulletin[];
  readonly pluginPackages: readonly PluginPackage[];
  readonly documents: readonly BundleDocument[];
  /** The bundle's installers: the documents inside them are their copies, not what the partner hands out. */
  readonly installers: readonly BundleFile[];
}): PartnerIdentity {
  const names: IdentityClue[] = [];
  const domains: IdentityClue[] = [];
  // What is already known, looked up rather than searched: documents may give thousands of holders and addresses.
  const knownNames = new Set<string>();
  const knownDomains = new Set<string>();
  const addName = (text: string, clue: Omit<IdentityClue, 'text'>) => {
    const cleaned = text.replace(/\s+/g, ' ').trim();
    const keys = nameKeys(cleaned);
    // Two names are one when their forms are.
    const same = keys.join(' ');
    if (keys.length > 0 && !isVmwareName(cleaned) && !knownNames.has(same)) {
      knownNames.add(same);
      names.push({ text: cleaned, ...clue });
    }
  };
  const addDomain = (text: string, clue: Omit<IdentityClue, 'text'>) => {
    const domain = text.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
    if (isPublicDomain(domain) && !VMWARE_DOMAINS.some((vmware) => sameOrSubdomain(domain, vmware)) && !WEB_MAIL.has(domain) && !knownDomains.has(domain)) {
      knownDomains.add(domain);
      domains.push({ text: domain, ...clue });
    }
  };
  for (const name of sources.configured.names) addName(name, { source: 'configuration' });
  for (const domain of sources.configured.domains) addDomain(domain, { source: 'configuration' });
  for (const vib of sources.vibs) {
    const vendor = parsedDescriptor(vib)?.fields.vendor;
    if (vendor) addName(vendor.text, { source: 'vendor', path: vib.descriptorFile!.path });
  }
  for (const bulletin of sources.bulletins) if (bulletin.vendor) addName(bulletin.vendor.text, { source: 'vendor', path: bulletin.file.path });
  for (const plugin of sources.pluginPackages) {
    const vendor = plugin.parse && 'plugin' in plugin.parse ? plugin.parse.plugin.vendor : undefined;
    if (vendor) addName(vendor.text, { source: 'vendor', path: plugin.manifest.path });
  }
  const installers = new Set(sources.installers.map((installer) => installer.path));
  for (const document of sources.documents) {
    // Notices name third parties' copyrights; an installer's copies are not what the partner hands out.
    if (!document.content || document.roles.includes('license-notice') || insideAny(document.file, installers)) continue;
    for (const holder of copyrightHolders(document.content.text)) addName(holder, { source: 'copyright', path: document.file.path });
    for (const domain of mailDomains(document.content.text)) addDomain(domain, { source: 'e-mail', path: document.file.path });
  }
  const fromFileName = bundleNameWord(sources.bundlePath);
  if (fromFileName) addName(fromFileName, { source: 'bundle-name', path: '' });
  return { names, domains, known: names.length + domains.length > 0 };
}

/** Words of a name that say what kind of organisation it is, not which: "Acme Storage, Inc." is "acme storage". */
const LEGAL_WORDS = new Set([
  'the', 'and', 'of', 'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'llp', 'lp', 'plc', 'gmbh', 'ag', 'sa', 'sas', 'sarl',
  'bv', 'nv', 'srl', 'spa', 'kk', 'pty', 'oy', 'ab', 'as', 'its', 'affiliates', 'affiliate', 'subsidiaries', 'authors', 'contributors', 'or', 'all', 'rights', 'reserved',
]);
/** Words of a bundle's file name that say what it is, not whose: `nas-plugin-offline-bundle`. */
const PRODUCT_WORDS = new Set([
  'nas', 'vaai', 'plugin', 'plug', 'in', 'vib', 'esx', 'esxi', 'vsphere', 'vcenter', 'vmware', 'offline', 'bundle', 'depot', 'component', 'driver', 'csi', 'storage', 'release',
  'docs', 'doc', 'installer', 'install', 'setup', 'package', 'provider', 'agent', 'sdk', 'tool', 'tools', 'host', 'array', 'client', 'server', 'software', 'kit', 'ui', 'cli', 'api',
  'final', 'ga', 'signed', 'the', 'for', 'and', 'of', 'a', 'an', 'bootbank', 'esxio', 'nfs', 'block', 'file', 'backup', 'data', 'cloud', 'manager', 'management', 'adapter',
]);

/**
 * The forms a name takes in host names: its words run together ("acmestorage"), its first word
 * ("acme"), and its initials ("hpe" for Hewlett Packard Enterprise) when it has three words or more.
 * Forms need three characters, except a first word of two written as an abbreviation ("F5", "HP"):
 * "The Go Authors" or "My Storage" name no host "go" or "my".
 */
export function nameKeys(name: string): string[] {
  const words = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^A-Za-z0-9]+/).filter((word) => word !== '' && !LEGAL_WORDS.has(word.toLowerCase()));
  if (words.length === 0) return [];
  const first = words[0]!.toLowerCase();
  const abbreviation = first.length === 2 && /^(?=.*[A-Z])[A-Z0-9]+$/.test(words[0]!) ? first : undefined;
  const keys = new Set([words.join('').toLowerCase()]);
  if (first.length >= 3 || abbreviation) keys.add(first);
  if (words.length >= 3) keys.add(words.map((word) => word[0]!.toLowerCase()).join(''));
  return [...keys].filter((key) => (key.length >= 3 || key === abbreviation) && !/^\d+$/.test(key));
}

function isVmwareName(name: string): boolean {
  return nameKeys(name).some((key) => /^(?:vmware|broadcom)/.test(key));
}

/**
 * Whether a label of a host (or an organisation's name on a code host) is the partner's: one of
 * its names' forms, or a name's run-together words or first word at its start ("dellemc" for
 * Dell). Forms shorter than four letters count only as the whole label ("cvd", not "cvdata").
 */
export function labelNamesPartner(label: string, identity: PartnerIdentity): boolean {
  const plain = label.toLowerCase().replace(/-/g, '');
  const { keys, prefixLengths } = indexOf(identity);
  return keys.has(plain) || prefixLengths.some((length) => length < plain.length && keys.has(plain.slice(0, length)));
}

/** Whether a host is one of the partner's domains, a subdomain of one, or a domain named after the partner. */
export function hostOfPartner(host: string, identity: PartnerIdentity): boolean {
  const { domains, longestDomain } = indexOf(identity);
  if (domains.has(host)) return true;
  // Its parent domains (sameOrSubdomain), only those no longer than the partner's longest domain.
  for (let dot = host.indexOf('.', host.length - longestDomain - 1); dot >= 0; dot = host.indexOf('.', dot + 1)) if (domains.has(host.slice(dot + 1))) return true;
  return labelNamesPartner(registrableLabel(host), identity);
}

/** A partner's names and domains in the forms hosts are matched with, made once per identity: links are judged by the thousand against it. */
interface PartnerIndex {
  /** Its names' forms (nameKeys) and its domains' registered labels, without hyphens. */
  readonly keys: ReadonlySet<string>;
  /** The lengths of the keys a label may start with (four letters or more), each once. */
  readonly prefixLengths: readonly number[];
  readonly domains: ReadonlySet<string>;
  readonly longestDomain: number;
}

const indexes = new WeakMap<PartnerIdentity, PartnerIndex>();

function indexOf(identity: PartnerIdentity): PartnerIndex {
  let index = indexes.get(identity);
  if (!index) {
    const keys = new Set([...identity.names.flatMap((name) => nameKeys(name.text)), ...identity.domains.map((domain) => registrableLabel(domain.text).replace(/-/g, ''))]);
    const domains = new Set(identity.domains.map((domain) => domain.text));
    index = {
      keys,
      prefixLengths: [...new Set([...keys].map((key) => key.length).filter((length) => length >= 4))],
      domains,
      longestDomain: [...domains].reduce((longest, domain) => Math.max(longest, domain.length), 0),
    };
    indexes.set(identity, index);
  }
  return index;
}

/** How messages name the partner: its fullest name and its domains, "Corvid Systems (corvid-systems.example)", or that it is not known. */
export function describePartner(identity: PartnerIdentity): string {
  if (!identity.known) return 'the partner, whose name and domains are not known (set partner.names or partner.domains in the configuration)';
  // The fullest name ("Corvid Systems", not the VIB's vendor code "CVD"), with the domains.
  const named = identity.names.map((name) => name.text).reduce<string | undefined>((longest, name) => (longest === undefined || name.length > longest.length ? name : longest), undefined);
  const domains = identity.domains.map((domain) => domain.text).slice(0, 3);
  if (named === undefined) return domains.join(', ');
  return domains.length > 0 ? `${named} (${domains.join(', ')})` : named;
}

/** A copyright line: `© 2026 Acme Storage, Inc.`, `Copyright (c) 2019-2026 Acme`, `(C) Copyright IBM Corp. 2003`. */
const COPYRIGHT = /(?:copyright|©|\(c\))[^\n]*/gi;
const YEARS = /\b(?:19|20)\d\d\b(?:\s*[-–,]\s*(?:(?:19|20)\d\d\b|present))*/gi;

/** Who the copyright lines of a text name, each once; placeholders ("{{ config.copyright }}", "[year] [owner]") are not names. */
export function copyrightHolders(text: string): string[] {
  const holders = new Set<string>();
  for (const match of text.matchAll(COPYRIGHT)) {
    const line = match[0];
    // Only lines that give a year: "copyright" in a sentence ("copyright law") names nobody.
    if (!/\b(?:19|20)\d\d\b/.test(line) || /[{}[\]<>]/.test(line)) continue;
    const named = line
      .replace(/copyright|©|\(c\)/gi, ' ')
      .replace(YEARS, ' ')
      .trim()
      .split(/all rights reserved|\||;|\s{2,}|\bpage\b|\blicen[cs]ed\b|\bversion\b|https?:|\bwww\./i)[0]!
      .replace(/\bby\b/i, ' ');
    const holder = withoutEdges(named);
    if (/^\p{L}/u.test(holder) && holder.split(/\s+/).length <= 6) holders.add(holder);
  }
  return [...holders];
}

/**
 * A holder's name without the separators around it (leading full stops too, trailing ones kept: "Acme, Inc."), cut by position: a
 * pattern anchored at the end would be retried from every separator of a long run (", , , …").
 */
function withoutEdges(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && /[\s,.:-]/.test(text[start]!)) start += 1;
  while (end > start && /[\s,:-]/.test(text[end - 1]!)) end -= 1;
  return text.slice(start, end);
}

/** Web-mail providers: an address there names a person, not the partner. */
const WEB_MAIL = new Set(['gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'yahoo.com', 'icloud.com', 'me.com', 'aol.com', 'proton.me', 'protonmail.com', 'gmx.com', 'gmx.net', 'mail.com', 'qq.com', '163.com', 'users.noreply.github.com']);
/** An e-mail address, tried only where one starts (sticky): see mailDomains. */
const MAIL = /(?<![\w.+-])[\w.+-]+@((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})\b/iy;
const LOCAL_PART = /[\w.+-]/;

/**
 * The domains of the e-mail addresses a text gives, each once. An address is tried at the start
 * of the run of local-part characters before each `@`, not at every position of the text (a
 * pattern that opens with a character class is): the same addresses, as the run before an `@` is
 * its only possible local part; an `@` whose run starts inside the address before it is passed
 * over, as a search from that address's end would.
 */
export function mailDomains(text: string): string[] {
  const domains = new Set<string>();
  let end = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && LOCAL_PART.test(text[start - 1]!)) start -= 1;
    if (start === at || start < end) continue;
    MAIL.lastIndex = start;
    const match = MAIL.exec(text);
    if (!match) continue;
    domains.add(match[1]!.toLowerCase());
    end = start + match[0].length;
  }
  return [...domains];
}

/** The word of the bundle's file name that names its maker: the first before the version that is not a product word (`acme-nas-plugin-2.4.0.zip`: acme). */
export function bundleNameWord(bundlePath: string): string | undefined {
  const beforeVersion = basename(bundlePath).replace(/\.zip$/i, '').split(/[-_. ]v?\d/)[0]!;
  return beforeVersion.split(/[-_. ]+/).find((word) => word.length >= 3 && /^[a-z]/i.test(word) && !PRODUCT_WORDS.has(word.toLowerCase()));
}
