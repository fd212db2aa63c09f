import type { PartnerIdentity } from '../model/model.js';
import { hostOfPartner, labelNamesPartner } from './partner.js';
import { ipAddress, isIntranet, isPlaceholder, sameOrSubdomain, VMWARE_DOMAINS } from './hosts.js';

/**
 * What a web address in the documents is, for rules that want one of the partner's public
 * pages (docs/help-link, support/contact, support/policy-link, and --check-links): the partner's
 * own host, or why it is not (VMware's, vendor-neutral, a third party's, an intranet's, a
 * placeholder, a legal address of the EULA).
 */
export type LinkKind = 'partner' | 'public' | 'vmware' | 'neutral' | 'third-party' | 'intranet' | 'placeholder' | 'legal' | 'excluded';

export interface LinkJudgement {
  readonly url: string;
  /** The host as the address writes it, lower case, without `www.`. */
  readonly host: string;
  readonly kind: LinkKind;
  /** Whether it counts as a public page of the partner (any public host counts while the partner is not known). */
  readonly counts: boolean;
  /** Why, for messages: "an intranet host", "a blog on a third-party platform". */
  readonly reason: string;
}

/** Organisations of code hosts that are VMware's. */
const VMWARE_ORGANISATIONS = new Set(['vmware', 'vmware-tanzu', 'vmware-samples', 'vmware-labs', 'broadcom']);
/** Standards bodies, licence texts, TSANet, makers of the tools documents are read with: no partner maintains them. */
const NEUTRAL_DOMAINS = [
  'tsanet.org', 'gnu.org', 'fsf.org', 'opensource.org', 'apache.org', 'mozilla.org', 'creativecommons.org', 'w3.org', 'ietf.org', 'iana.org', 'iso.org', 'openxmlformats.org',
  'purl.org', 'microsoft.com', 'adobe.com', 'wikipedia.org', 'spdx.org', 'schema.org', 'semver.org', 'oasis-open.org', 'unicode.org', 'snia.org', 'nist.gov', 'cve.org', 'mitre.org',
];
/** Code hosts: an address counts when its organisation (the path's first part) is the partner's. */
const CODE_HOSTS = ['github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org', 'sourceforge.net'];
/** Sites that host many organisations' help pages, each under its own name (`acme.zendesk.com`): the partner's when the name is. */
const HOSTED_SITES = ['github.io', 'gitlab.io', 'zendesk.com', 'freshdesk.com', 'readthedocs.io', 'gitbook.io', 'atlassian.net', 'service-now.com', 'force.com', 'my.site.com', 'helpscoutdocs.com'];
/** Blog platforms: a blog there is nobody's help system, whoever writes it. */
const BLOG_PLATFORMS = ['medium.com', 'wordpress.com', 'blogspot.com', 'blogger.com', 'substack.com', 'tumblr.com', 'dev.to', 'hashnode.dev', 'ghost.io', 'wixsite.com', 'weebly.com', 'typepad.com', 'livejournal.com'];
/** Download sites and package registries that redistribute others' software. */
const DOWNLOAD_SITES = ['softpedia.com', 'cnet.com', 'download.com', 'filehippo.com', 'majorgeeks.com', 'softonic.com', 'uptodown.com', 'filehorse.com', 'tucows.com', 'soft32.com', 'brothersoft.com', 'snapfiles.com', 'fosshub.com', 'npmjs.com', 'pypi.org', 'docker.com', 'docker.io', 'chocolatey.org', 'nuget.org'];
/** Social networks, forums and chat: third parties' sites. */
const SOCIAL_SITES = ['twitter.com', 'x.com', 'linkedin.com', 'facebook.com', 'youtube.com', 'youtu.be', 'reddit.com', 'stackoverflow.com', 'slack.com', 'discord.gg', 'discord.com', 'google.com', 'goo.gl', 'bit.ly', 'dropbox.com'];
/** A URL's host exactly as written (case kept): `VC_IP` of `https://VC_IP/mob`. */
const WRITTEN_HOST = /^[a-z][a-z\d+.-]*:\/\/(?:[^@/?#\s]*@)?(\[[^\]]*\]|[^/:?#\s]*)/i;

/**
 * What an address is to the partner. `legal`: it was read inside the EULA, whose addresses are
 * its legal text's, never the help system. `notPartner`: hosts the run says are not the partner's.
 */
export function judgeLink(url: string, identity: PartnerIdentity, options: { readonly legal?: boolean; readonly notPartner?: readonly string[] } = {}): LinkJudgement {
  const written = WRITTEN_HOST.exec(url)?.[1] ?? '';
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  const host = (parsed?.hostname ?? written).toLowerCase().replace(/^www\./, '');
  const judged = (kind: LinkKind, reason: string, counts = false): LinkJudgement => ({ url, host, kind, counts, reason });
  if (!parsed || isPlaceholder(written, host)) return judged('placeholder', 'a placeholder host');
  const address = ipAddress(host);
  if (address === 'private' || isIntranet(host)) return judged('intranet', 'an intranet host');
  if (address === 'public') return judged('excluded', 'a numeric address, not a name of the partner');
  if (options.legal) return judged('legal', 'a legal address inside the EULA');
  const under = (domains: readonly string[]) => domains.some((domain) => sameOrSubdomain(host, domain));
  const organisation = parsed.pathname.split('/')[1]?.toLowerCase() ?? '';
  if (under(VMWARE_DOMAINS) || (under(CODE_HOSTS) && VMWARE_ORGANISATIONS.has(organisation))) return judged('vmware', 'a VMware-owned host');
  if (options.notPartner?.some((domain) => sameOrSubdomain(host, domain.toLowerCase()))) return judged('excluded', "a host the rule's options say is not the partner's");
  if (under(NEUTRAL_DOMAINS)) return judged('neutral', 'a vendor-neutral host');
  if (under(BLOG_PLATFORMS)) return judged('third-party', 'a blog on a third-party platform');
  if (under(DOWNLOAD_SITES)) return judged('third-party', 'a third-party download site');
  if (under(SOCIAL_SITES)) return judged('third-party', 'a third-party site');
  if (under(CODE_HOSTS)) {
    if (organisation !== '' && labelNamesPartner(organisation, identity)) return judged('partner', "the partner's organisation on a code host", true);
    return judged('third-party', identity.known ? "a code host, under an organisation that is not the partner's" : 'a code host, not a site of the partner');
  }
  const hosted = HOSTED_SITES.find((domain) => host.endsWith(`.${domain}`));
  if (hosted) {
    const tenant = host.slice(0, -hosted.length - 1).split('.').at(-1)!;
    if (labelNamesPartner(tenant, identity)) return judged('partner', "the partner's site on a hosting service", true);
    return judged('third-party', identity.known ? "a hosted site under a name that is not the partner's" : 'a hosted site, not a domain of the partner');
  }
  if (identity.known && hostOfPartner(host, identity)) return judged('partner', 'a host of the partner', true);
  return identity.known ? judged('public', "a host that is not one of the partner's domains") : judged('public', 'a public host', true);
}

/** Whether a URL's host is one of the partner's public hosts (or, while the partner is not known, any public host that is nobody else's). */
export function isPartnerUrl(url: string, identity: PartnerIdentity): boolean {
  return judgeLink(url, identity).counts;
}

/** How near each kind comes to a partner's page, nearest first: what a message names as the closest candidate. */
const NEARNESS: readonly LinkKind[] = ['public', 'third-party', 'legal', 'intranet', 'excluded', 'placeholder', 'vmware', 'neutral'];

/** The candidate that came closest to a partner's page, first of its kind in the documents' order. */
export function closestLink(judgements: readonly LinkJudgement[]): LinkJudgement | undefined {
  for (const kind of NEARNESS) {
    const found = judgements.find((judgement) => judgement.kind === kind);
    if (found) return found;
  }
  return undefined;
}

