import { defineRule, documentNames } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'docs/help-link',
    severity: 'error',
    summary: 'The documentation links to no web page or help system maintained by the partner',
    messages: {
      missing: 'the documentation links to no web page of the partner{{found}}; add the address of the product page or customer help system you maintain',
      unchecked: 'no link to a partner web page was found in the documents that could be read, but {{document}} could not be read; check it holds one',
    },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        neutralHosts: {
          description: 'Hosts (and their subdomains) that are not the partner\'s: VMware\'s, standards bodies, license texts, placeholders.',
          type: 'array',
          items: { type: 'string', minLength: 1 },
          default: [
            'vmware.com', 'broadcom.com', 'vmware.org', 'tsanet.org', 'gnu.org', 'fsf.org', 'opensource.org', 'apache.org', 'mozilla.org',
            'creativecommons.org', 'w3.org', 'ietf.org', 'iana.org', 'iso.org', 'openxmlformats.org', 'purl.org', 'microsoft.com',
            'adobe.com', 'wikipedia.org', 'example.com', 'example.org', 'example.net', 'localhost', 'github.com',
          ],
        },
      },
    },
  },
  async check(bundle, context) {
    const documents = (await bundle.documents()).filter((document) => !document.roles.includes('license-notice'));
    if (documents.length === 0) return;
    const neutral = context.options.neutralHosts.map((host) => host.toLowerCase());
    const isNeutral = (host: string) => neutral.some((entry) => host === entry || host.endsWith(`.${entry}`)) || /^[\d.]+$|^\[/.test(host);
    const urls = documents.flatMap((document) => document.content?.urls ?? []);
    const hosts = [...new Set(urls.map(hostOf).filter((host): host is string => host !== undefined))];
    if (hosts.some((host) => !isNeutral(host))) return;
    const location = { path: bundle.layout.documentArchives[0]?.path ?? documents[0]!.file.path };
    const unreadable = documents.filter((document) => !document.content);
    if (unreadable.length > 0) {
      context.report({ messageId: 'unchecked', location, data: { document: documentNames(bundle, unreadable) } });
      return;
    }
    const found = hosts.length > 0 ? ` (only ${hosts.slice(0, 3).join(', ')}, which the partner does not maintain)` : '';
    context.report({ messageId: 'missing', location, data: { found } });
  },
});

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
}
