import { closestLink, defineRule, describePartner, documentNames, isWhole, judgeLink, reportUnreadable, roleDocuments, scopeLocation, scopeText, telephonesIn, urlsIn } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'support/contact',
    severity: 'error',
    summary: 'The support contact protocol lacks a URL or a toll-free telephone number',
    messages: {
      'no-url': '{{document}} gives no web address to reach support; add the URL of your support portal or case form',
      'not-partner-url': '{{document}} gives no web address of {{partner}} to reach support: the closest, {{closest}}, is {{reason}}; add the URL of your support portal or case form',
      'no-phone': '{{document}} gives no telephone number to reach support; add a toll-free number',
      'fax-only': '{{document}} gives {{number}} to reach support, but as a fax line, which is not a telephone; add a toll-free telephone number',
      'not-toll-free': '{{document}} gives {{number}} to reach support, which is not toll-free; add a toll-free number (or label the number toll-free)',
      unreadable: '{{document}} could not be read, so its support contacts were not checked; see docs/unreadable',
    },
  },
  async check(bundle, context) {
    const { scopes, unreadable } = await roleDocuments(bundle, 'support');
    if (scopes.length === 0) {
      reportUnreadable(bundle, context, unreadable);
      return;
    }
    const location = scopeLocation(scopes[0]!);
    const document = documentNames(bundle, scopes.map((scope) => scope.document));
    const texts = scopes.map(scopeText);
    // A whole document's links include those behind its text (HTML, DOCX, PDF annotations).
    const urls = scopes.flatMap((scope, index) => (isWhole(scope) ? scope.content.urls : urlsIn(texts[index]!)));
    const identity = await bundle.partner();
    const judgements = urls.map((url) => judgeLink(url, identity));
    if (!judgements.some((judgement) => judgement.counts)) {
      const closest = closestLink(judgements);
      if (closest) context.report({ messageId: 'not-partner-url', location, data: { document, partner: describePartner(identity), closest: closest.url, reason: closest.reason } });
      else context.report({ messageId: 'no-url', location, data: { document } });
    }
    const telephones = telephonesIn(texts.flatMap((text) => text.split('\n')));
    if (telephones.tollFree !== undefined) return;
    if (telephones.other !== undefined) context.report({ messageId: 'not-toll-free', location, data: { document, number: telephones.other } });
    else if (telephones.fax !== undefined) context.report({ messageId: 'fax-only', location, data: { document, number: telephones.fax } });
    else context.report({ messageId: 'no-phone', location, data: { document } });
  },
});
