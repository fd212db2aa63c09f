import { isIP } from 'node:net';

/** Facts of host names, whoever the partner is: intranet, placeholder, numeric, registered label. */

/** VMware's and Broadcom's domains: never the partner's. */
export const VMWARE_DOMAINS = ['vmware.com', 'broadcom.com', 'vmware.org', 'vmwareidentity.com', 'vmware.github.io'];
/** Top-level names of private networks: `confluence.corp.example.local`, `wiki.internal`. */
const INTRANET_TOP_LEVELS = new Set(['local', 'corp', 'internal', 'intranet', 'lan', 'home', 'localdomain', 'localhost', 'intra', 'private', 'priv']);
/** Documentation's own example hosts, in any of its forms: `example.com`, `docs.example.co.uk`, `example.acme.com`. */
const EXAMPLE_HOST = /(?:^|\.)example\.(?:com|net|org|co\.[a-z]{2})$|^example\./;
/** Names written where a reader puts their own: `https://<server>/`, `https://hostname:8443`, `yourcompany.com`. */
const PLACEHOLDER_LABELS = /^(?:hostname|host|server|servername|server-name|fqdn|ip|ip-address|ipaddress|address|domain|vcenter|vc|esxi|esx|appliance|company|mycompany)$/;

/** Whether a host is a domain or a subdomain of it. */
export function sameOrSubdomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** Second-level names under which anyone registers (`acme.co.uk`): the partner's name is the label before them. */
const SECOND_LEVELS = new Set(['co', 'com', 'net', 'org', 'ac', 'gov', 'edu', 'ne', 'or', 'go']);

/** The label of a host its owner registered: `acme-storage` of `support.acme-storage.co.uk`. */
export function registrableLabel(host: string): string {
  const labels = host.split('.');
  if (labels.length >= 3 && labels.at(-1)!.length === 2 && SECOND_LEVELS.has(labels.at(-2)!)) return labels.at(-3)!;
  return labels.at(-2) ?? labels[0]!;
}

/** The longest name DNS allows: a longer one is no domain (and matching hosts against the partner's stays bounded by it). */
const LONGEST_DOMAIN = 253;

/** Whether a domain can be a partner's public one: a dotted name DNS allows, not an intranet's, not a placeholder. */
export function isPublicDomain(host: string): boolean {
  return host.length <= LONGEST_DOMAIN && /^(?:[a-z\d](?:[a-z\d-]*[a-z\d])?\.)+[a-z]{2,24}$/.test(host) && !isIntranet(host) && !isPlaceholder(host, host) && ipAddress(host) === undefined;
}

export function isIntranet(host: string): boolean {
  const labels = host.split('.');
  return labels.length === 1 || INTRANET_TOP_LEVELS.has(labels.at(-1)!);
}

export function isPlaceholder(written: string, host: string): boolean {
  if (written === '' || /[<>{}$%\\]/.test(written) || written.includes('_')) return true;
  // Written in capitals as a name to replace (`https://VCENTER/ui`), or dotted quads of letters (`x.x.x.x`, `a.b.c.d`).
  if (/^[A-Z][A-Z\d-]*$/.test(written) && written.length > 1) return true;
  if (/^(?:[a-z*#]|\d{1,3})(?:\.(?:[a-z*#]|\d{1,3})){3}$/i.test(written) && /[a-z*#]/i.test(written)) return true;
  // Letters standing for digits in any number of labels: `xxx.xxx.xxx`.
  if (/^(?:x+\.)+x+$/i.test(written)) return true;
  const labels = host.split('.');
  if ((labels.length === 1 && PLACEHOLDER_LABELS.test(host)) || /^your/.test(registrableLabel(host))) return true;
  return EXAMPLE_HOST.test(host) || ['invalid', 'test'].includes(labels.at(-1)!);
}

/** Whether a host is an IP address (IPv6 in brackets or not), and whether of a private network (see isPublicAddress). */
export function ipAddress(host: string): 'private' | 'public' | undefined {
  const address = host.replace(/^\[|\]$/g, '');
  // A name is told apart without isIP, whose IPv6 pattern costs a short lint 8 ms to compile: IPv4 is digits and dots, IPv6 has colons.
  if ((!address.includes(':') && !/^[\d.]+$/.test(address)) || isIP(address) === 0) return undefined;
  return isPublicAddress(address) ? 'public' : 'private';
}

/** Whether an IP address is outside the private, loopback, link-local, shared, multicast and reserved ranges. */
export function isPublicAddress(address: string): boolean {
  if (isIP(address) === 4) {
    const [a, b] = address.split('.').map(Number) as [number, number];
    return !(a === 0 || a === 10 || a === 127 || a >= 224 || (a === 100 && b >= 64 && b < 128) || (a === 169 && b === 254) || (a === 172 && b >= 16 && b < 32) || (a === 192 && b === 168));
  }
  const v6 = address.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(v6);
  if (mapped) return isPublicAddress(mapped[1]!);
  return !(v6 === '::' || v6 === '::1' || /^f[cd]/.test(v6) || /^fe[89ab]/.test(v6) || /^ff/.test(v6));
}
