import { defineRule, displayName, eventsOf } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'archive/duplicate-entry',
    severity: 'error',
    summary: 'Two entries of one archive have the same name, or names that differ only by case or Unicode normalisation',
    messages: {
      exact: '{{name}} appears more than once in its archive, and extractors disagree on which copy wins; keep one',
      case: '{{name}} and {{other}} differ only in letter case, so one overwrites the other when extracted on Windows or macOS; rename one',
      normalization: '{{name}} and {{other}} are the same name in two Unicode normalisation forms, so they collide when extracted on macOS or Windows; rename one',
    },
  },
  check(bundle, context) {
    for (const event of eventsOf(bundle, 'duplicate-name')) {
      const data = { name: displayName(bundle, event.path), other: displayName(bundle, event.other) };
      context.report({ messageId: event.collision, location: { path: event.path }, data });
    }
  },
});
