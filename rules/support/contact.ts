import { defineRule, documentNames, isWhole, reportUnreadable, roleDocuments, scopeLocation, scopeText, urlsIn } from '../kit/index.js';

/** North American toll-free prefixes. */
const NANP_TOLL_FREE = /(?<![\d+])(?:\+?1[\s.-]?)?\(?(?:800|888|877|866|855|844|833)\)?[\s.-]?\d{3}[\s.-]?\d{4}(?!\d)/;
/** A line that labels its number free to call, in any country. */
const TOLL_FREE_LABEL = /toll[\s-]?free|freephone|free ?call|gratuit|num[ée]ro vert|numero verde|gratis|\b0800\b/i;
const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){2,4}/;
const PHONE_LINE = /\b(?:phone|call|tel(?:ephone)?|hotline|dial)\b/i;

export default defineRule({
  meta: {
    id: 'support/contact',
    severity: 'error',
    summary: 'The support contact protocol lacks a URL or a toll-free telephone number',
    messages: {
      'no-url': '{{document}} gives no web address to reach support; add the URL of your support portal or case form',
      'no-phone': '{{document}} gives no telephone number to reach support; add a toll-free number',
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
    const data = { document: documentNames(bundle, scopes.map((scope) => scope.document)) };
    const texts = scopes.map(scopeText);
    // A whole document's links include those behind its text (HTML, DOCX, PDF annotations).
    const hasUrl = scopes.some((scope, index) => (isWhole(scope) ? scope.content.urls.length > 0 : urlsIn(texts[index]!).length > 0));
    if (!hasUrl) context.report({ messageId: 'no-url', location, data });
    const lines = texts.flatMap((text) => text.split('\n'));
    if (lines.some((line) => NANP_TOLL_FREE.test(line) || (TOLL_FREE_LABEL.test(line) && PHONE.test(line)))) return;
    const number = lines.find((line) => PHONE_LINE.test(line) && PHONE.test(line));
    if (number) context.report({ messageId: 'not-toll-free', location, data: { ...data, number: PHONE.exec(number)![0].trim() } });
    else context.report({ messageId: 'no-phone', location, data });
  },
});
