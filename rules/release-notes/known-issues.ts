import { checkNotesPart, defineRule, type Topic } from '../kit/index.js';

const topic: Topic = {
  role: 'release-notes',
  notesPart: true,
  // Known issues are the product's as it is: a section of them standing outside every version's notes is the current release's.
  standing: true,
  headings: ['known issues', 'known limitations', 'known bugs', 'known problems', 'open issues', 'outstanding issues', 'current issues', 'limitations', 'caveats', 'restrictions', 'known defects'],
  against: ['fixed', 'resolved', 'closed'],
  cues: [/\bknown (?:issues?|bugs?|limitations?|problems?)\b/i],
};

export default defineRule({
  meta: {
    id: 'release-notes/known-issues',
    severity: 'error',
    summary: 'The current version\'s release notes do not list known bugs, issues or limitations',
    messages: {
      missing: 'the release notes of the current version in {{document}} list no known bugs: no part headed "Known Issues", "Known Limitations" or "Open Issues"; closest: {{closest}}; add one, even to say that none are known',
      unreadable: '{{document}} could not be read, so whether it covers known bugs was not checked; see docs/unreadable',
    },
    topic,
  },
  check: (bundle, context) => checkNotesPart(bundle, context, topic),
});
