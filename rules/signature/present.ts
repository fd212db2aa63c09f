import { defineRule, describePlace, formatVersion, isMonthOnly, locationOf, QUALIFIED_NODES } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'signature/present',
    severity: 'error',
    summary: 'The release is not identified by a fully qualified version and a release date',
    messages: {
      'no-version': '{{place}} gives no version; identify the release there with a fully qualified version (major.minor.patch)',
      'partial-version': '{{place}} gives version {{version}}, which has {{count}} nodes; a fully qualified version has at least three (major.minor.patch)',
      'no-date': '{{place}} gives no release date; date the release there',
      'month-only': '{{place}} dates the release {{date}}, a month without a day; give the full release date (YYYY-MM-DD)',
    },
    // A month and year date the release, less precisely than the program's landing page needs.
    informational: ['month-only'],
  },
  async check(bundle, context) {
    for (const carrier of (await bundle.release()).carriers) {
      const place = describePlace(bundle, carrier.place, carrier.path);
      if (carrier.requires.version && !carrier.versions.some((fact) => fact.version.nodes.length >= QUALIFIED_NODES)) {
        const partial = carrier.versions[0];
        if (partial) {
          const { version, source } = partial;
          context.report({ messageId: 'partial-version', location: locationOf(source), data: { place, version: formatVersion(version), count: version.nodes.length } });
        } else {
          context.report({ messageId: 'no-version', location: { path: carrier.path }, data: { place } });
        }
      }
      if (!carrier.requires.date) continue;
      const [date] = carrier.dates;
      if (!date) context.report({ messageId: 'no-date', location: { path: carrier.path }, data: { place } });
      else if (isMonthOnly(date.date)) context.report({ messageId: 'month-only', location: locationOf(date.source), data: { place, date: date.date } });
    }
  },
});
