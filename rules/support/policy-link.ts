import { closestLink, defineRule, describePartner, documentNames, policyCandidates } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'support/policy-link',
    severity: 'warning',
    summary: "The documentation links to no published support policy of the partner",
    messages: {
      missing:
        'the documentation links to no published support policy of {{partner}}: the closest, {{closest}}, is {{reason}}; add the address of the public page that states your support policy (which releases are supported, until when) for this software',
      'no-link': 'the documentation gives no web address at all, so none of a support policy; add the address of the public page where {{partner}} states its support policy for this software',
      unchecked: 'no link to a support policy of the partner was found in the documents that could be read, but {{document}} could not be read; check it holds one',
    },
  },
  async check(bundle, context) {
    const documents = await bundle.documents();
    if (documents.length === 0) return;
    const candidates = policyCandidates(documents, await bundle.partner());
    if (candidates.some((candidate) => candidate.judgement.counts && candidate.evidence !== undefined)) return;
    const location = { path: bundle.layout.documentArchives[0]?.path ?? documents[0]!.file.path };
    const unreadable = documents.filter((document) => !document.content && !document.roles.some((role) => role === 'eula' || role === 'license-notice'));
    if (unreadable.length > 0) {
      context.report({ messageId: 'unchecked', location, data: { document: documentNames(bundle, unreadable) } });
      return;
    }
    // Part of the bundle could not be read: the link may be there.
    if (!bundle.fullyRead) return;
    const partner = describePartner(await bundle.partner());
    // Closest: an address named a support policy on a host that is not the partner's; then a page of the partner; then any.
    const named = closestLink(candidates.filter((candidate) => candidate.evidence !== undefined).map((candidate) => candidate.judgement));
    const own = candidates.find((candidate) => candidate.judgement.counts);
    const other = closestLink(candidates.map((candidate) => candidate.judgement));
    if (named) context.report({ messageId: 'missing', location, data: { partner, closest: named.url, reason: `named a support policy, but ${named.reason}` } });
    else if (own) context.report({ messageId: 'missing', location, data: { partner, closest: own.judgement.url, reason: `${own.judgement.reason}, but nothing names it a support policy` } });
    else if (other) context.report({ messageId: 'missing', location, data: { partner, closest: other.url, reason: `${other.reason}, and nothing names it a support policy` } });
    else context.report({ messageId: 'no-link', location, data: { partner } });
  },
});
