/** Facts of host names, whoever the partner is: intranet, placeholder, numeric, registered label. */

/** VMware's and Broadcom's domains: never the partner's. */
export const VMWARE_DOMAINS = ['vmware.com', 'broadcom.com', 'vmware.org', 'vmwareidentity.com', 'vmware.github.io'];
/** Top-level names of private networks: `confluence.corp.example.local`, `wiki.internal`. */
const INTRANET_TOP_LEVELS = new Set(['local', 'corp', 'internal', 'intranet', 'lan', 'home', 'localdomain', 'localhost', 'intra', 'private', 'priv']);
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

/** Whether a domain can be a partner's public one: a dotted name, not an intranet's, not a placeholder. */
export function isPublicHost(host: string): boolean {
  return /^(?:[a-z\d](?:[a-z\d-]*[a-z\d])?\.)+[a-z]{2,24}$/.test(host) && !isIntranet(host) && !isPlaceholder(host, host) && ipAddress(host) === undefined;
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
  const labels = host.split('.');
  if ((labels.length === 1 && PLACEHOLDER_LABELS.test(host)) || /^your/.test(registrableLabel(host))) return true;
  return ['example.com', 'example.org', 'example.net'].some((domain) => sameOrSubdomain(host, domain)) || ['invalid', 'test'].includes(labels.at(-1)!);
}

/** Whether a host is an IP address, and whether of a private network. */
export function ipAddress(host: string): 'private' | 'public' | undefined {
  if (host.startsWith('[')) return /^\[(?:::1|f[cd]|fe80)/i.test(host) ? 'private' : 'public';
  const octets = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host)?.slice(1).map(Number);
  if (!octets) return undefined;
  const [a, b] = octets as [number, number];
  const isPrivate = a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || a === 0;
  return isPrivate ? 'private' : 'public';
}
