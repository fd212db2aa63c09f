import { compareNodes, defineRule, describeEarlier, describeSource, formatVersion, locationOf } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'signature/chronology',
    severity: 'warning',
    summary: 'Release dates are implausible: after today, or out of order with earlier versions',
    messages: {
      future: '{{place}} dates the release {{date}}, after today ({{today}}); use the real release date',
      'out-of-order': '{{earlier}} has the older version {{earlierVersion}} but is dated {{earlierDate}}, after this release ({{version}}, {{date}}); check both dates',
    },
  },
  async check(bundle, context) {
    const today = bundle.context.now.toISOString().slice(0, 10);
    const release = await bundle.release();
    const { version, date } = release.current;
    if (!date) return;
    if (date.date > today) {
      context.report({ messageId: 'future', location: locationOf(date.source), data: { place: describeSource(bundle, date.source), date: date.date, today } });
    }
    if (!version) return;
    for (const earlier of [...release.history, ...bundle.context.previous]) {
      if (!earlier.version || !earlier.date) continue;
      if (compareNodes(earlier.version.version, version.version) < 0 && earlier.date.date > date.date) {
        context.report({
          messageId: 'out-of-order',
          location: { path: date.source.path },
          data: { earlier: describeEarlier(bundle, earlier), earlierVersion: formatVersion(earlier.version.version), earlierDate: earlier.date.date, version: formatVersion(version.version), date: date.date },
        });
      }
    }
  },
});
