import { closestLink, defineRule, describePartner, documentNames, judgeLink } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'docs/help-link',
    severity: 'error',
    summary: 'The documentation links to no web page or help system maintained by the partner',
    messages: {
      missing: 'the documentation links to no public web page of {{partner}}: the closest, {{closest}}, is {{reason}}; add the address of the product page or customer help system you maintain',
      'no-link': 'the documentation gives no web address at all; add the address of the product page or customer help system {{partner}} maintains',
      unchecked: 'no link to a partner web page was found in the documents that could be read, but {{document}} could not be read; check it holds one',
    },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        neutralHosts: {
          description: "Hosts (and their subdomains) that are not the partner's, on top of those that never count: VMware's, vendor-neutral, third-party, intranet and placeholder hosts.",
          type: 'array',
          items: { type: 'string', minLength: 1 },
          default: [],
        },
      },
    },
  },
  async check(bundle, context) {
    const documents = (await bundle.documents()).filter((document) => !document.roles.includes('license-notice'));
    if (documents.length === 0) return;
    const identity = await bundle.partner();
    // The EULA's addresses are its legal text's (privacy terms, governing law), never the help system.
    const judgements = documents.flatMap((document) =>
      (document.content?.urls ?? []).map((url) => judgeLink(url, identity, { legal: document.roles.includes('eula'), notPartner: context.options.neutralHosts })),
    );
    if (judgements.some((judgement) => judgement.counts)) return;
    const location = { path: bundle.layout.documentArchives[0]?.path ?? documents[0]!.file.path };
    const unreadable = documents.filter((document) => !document.content);
    if (unreadable.length > 0) {
      context.report({ messageId: 'unchecked', location, data: { document: documentNames(bundle, unreadable) } });
      return;
    }
    const partner = describePartner(identity);
    const closest = closestLink(judgements);
    if (closest) context.report({ messageId: 'missing', location, data: { partner, closest: closest.url, reason: closest.reason } });
    else context.report({ messageId: 'no-link', location, data: { partner } });
  },
});
