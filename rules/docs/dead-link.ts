import { defineRule, displayName } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'docs/dead-link',
    severity: 'error',
    summary: 'A partner address the documents give does not answer, or answers an error or a "page not found" page (only with --check-links)',
    messages: {
      unanswered: '{{url}}, given in {{document}}, does not answer ({{detail}}); correct the address or put the page back online',
      status: '{{url}}, given in {{document}}, answers HTTP {{status}}; correct the address or put the page back online',
      notFound: '{{url}}, given in {{document}}, answers with a "page not found" page ("{{detail}}"); point it at a page that exists',
      unchecked: 'addresses in the documents were not fetched ({{count}}, the first {{url}} in {{document}}): {{detail}}; check them by hand',
    },
    informational: ['unchecked'],
  },
  async check(bundle, context) {
    const checks = (await bundle.linkChecks()) ?? [];
    for (const check of checks) {
      const data = { url: check.url, document: displayName(bundle, check.path) };
      const location = { path: check.path };
      if (check.outcome === 'no-answer') context.report({ messageId: 'unanswered', location, data: { ...data, detail: check.detail } });
      else if (check.outcome === 'error-status') context.report({ messageId: 'status', location, data: { ...data, status: String(check.status) } });
      else if (check.outcome === 'not-found-page') context.report({ messageId: 'notFound', location, data: { ...data, detail: check.detail } });
    }
    const unchecked = checks.filter((check) => check.outcome === 'unchecked');
    if (unchecked.length > 0) {
      const [first] = unchecked;
      context.report({ messageId: 'unchecked', location: { path: first!.path }, data: { count: String(unchecked.length), url: first!.url, document: displayName(bundle, first!.path), detail: first!.detail } });
    }
  },
});
