import { defineRule, displayName, listedHistory, readableNotes, statesFirstRelease } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'release-notes/history',
    severity: 'error',
    summary: 'The release notes do not include the notes of earlier releases',
    messages: {
      missing: '{{name}} holds the notes of one version only; include the notes of earlier releases (a "Release History" section), or say that this is the first release',
      'first-but-previous': '{{name}} says this is the first release, but {{previous}} was released before it; include the notes of earlier releases',
      unreadable: '{{document}} could not be read, so whether it includes earlier releases was not checked; see docs/unreadable',
    },
  },
  async check(bundle, context) {
    for (const notes of await readableNotes(bundle, context)) {
      // Earlier versions as sections of their own, or listed under a history heading (a table of releases).
      if (notes.versions.some((version) => version !== notes.current) || listedHistory(notes)) continue;
      const location = { path: notes.document.file.path };
      const name = displayName(bundle, notes.document.file.path);
      const previous = bundle.context.previous[0];
      if (statesFirstRelease(notes) === undefined) context.report({ messageId: 'missing', location, data: { name } });
      else if (previous) context.report({ messageId: 'first-but-previous', location, data: { name, previous: previous.from } });
    }
  },
});
