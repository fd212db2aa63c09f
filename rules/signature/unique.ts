import { compareNodes, defineRule, describeEarlier, formatVersion, locationOf } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'signature/unique',
    severity: 'error',
    summary: 'The release signature is not unique: an earlier release has the same date or the same version',
    messages: {
      'same-signature': 'this release ({{version}}, {{date}}) has the same version and date as {{earlier}}; give it its own date and change at least one version node',
      'same-date': 'this release ({{version}}) is dated {{date}}, like {{earlier}} (version {{earlierVersion}}); every release needs a date of its own',
      'same-version': 'this release has version {{version}}, like {{earlier}} (dated {{earlierDate}}); every release needs a version that differs in at least one node',
      unknown: '{{earlier}} carries no version or date that bundlelint could read, so this release could not be compared with it; check the bundle given',
    },
  },
  async check(bundle, context) {
    const release = await bundle.release();
    const { version, date } = release.current;
    const source = version?.source ?? date?.source;
    const location = source ? locationOf(source) : { path: '' };
    for (const earlier of [...release.history, ...bundle.context.previous]) {
      const described = describeEarlier(bundle, earlier);
      if (!earlier.version && !earlier.date) {
        context.report({ messageId: 'unknown', location, data: { earlier: described } });
        continue;
      }
      const sameDate = date !== undefined && earlier.date?.date === date.date;
      const sameVersion = version !== undefined && earlier.version !== undefined && compareNodes(earlier.version.version, version.version) === 0;
      // Each message names what it compares: this release's version, its date, the earlier one's.
      const named = { earlier: described, version: version ? formatVersion(version.version) : 'without a version' };
      const dated = { ...named, date: date?.date ?? 'undated' };
      if (sameDate && sameVersion) context.report({ messageId: 'same-signature', location, data: dated });
      else if (sameDate) context.report({ messageId: 'same-date', location, data: { ...dated, earlierVersion: earlier.version ? formatVersion(earlier.version.version) : 'unknown' } });
      else if (sameVersion) context.report({ messageId: 'same-version', location, data: { ...named, earlierDate: earlier.date?.date ?? 'unknown' } });
    }
  },
});
