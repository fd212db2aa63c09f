import { defineRule, displayName, readableNotes } from '../kit/index.js';

/** How release notes say there is nothing earlier to list. */
const FIRST_RELEASE = /\b(?:first|initial) (?:general availability |GA |public )?release\b|\bno (?:earlier|previous|prior) releases?\b/i;

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
      if (notes.versions.some((version) => version !== notes.current)) continue;
      const location = { path: notes.document.file.path };
      const name = displayName(bundle, notes.document.file.path);
      const previous = bundle.context.previous[0];
      if (!FIRST_RELEASE.test(notes.content.text)) context.report({ messageId: 'missing', location, data: { name } });
      else if (previous) context.report({ messageId: 'first-but-previous', location, data: { name, previous: previous.from } });
    }
  },
});
