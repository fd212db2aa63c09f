import { checkNotesPart, defineRule, type Topic } from '../kit/index.js';

const topic: Topic = {
  role: 'release-notes',
  notesPart: true,
  headings: ["what's new", 'what is new', 'new features', 'new in', 'added', 'additions', 'enhancements', 'improvements', 'new functionality', 'features', 'highlights', 'new'],
  against: ['under consideration', 'planned', 'future', 'roadmap', 'upcoming', 'deprecated', 'removed', 'not yet', 'coming soon'],
  // Items tagged by kind, as changelog tools write them ("Enh #1436: …", "Enhancement #1436: …"), count as their words do.
  // Porter stems "add" to "add" but "added" and "adding" to "ad": each form is listed.
  // Chinese and Japanese items open with their kind ("[添加] 64位支持", "新增…", "追加…"): added, new, support. Japanese says what it
  // supports before "対応" ("…に対応"): an item opening with it names supported things ("対応OS").
  items: ['add', 'added', 'adding', 'new', 'introduce', 'support', 'enh', 'enhancement', 'allow', 'enable', 'implement', 'optimize', 'optimise', '添加', '新增', '增加', '支持', '追加', '新規'],
  cues: [/\b(?:now supports?|adds? support|introduces|new features?)\b/i],
};

export default defineRule({
  meta: {
    id: 'release-notes/added',
    severity: 'error',
    summary: 'The current version\'s release notes do not say what was added or is new',
    messages: {
      missing: 'the release notes of the current version in {{document}} do not say what was added: no part headed "What’s New", "New Features" or "Enhancements"; closest: {{closest}}; add one, even to say that nothing was',
      unreadable: '{{document}} could not be read, so whether it covers what was added was not checked; see docs/unreadable',
    },
    topic,
  },
  check: (bundle, context) => checkNotesPart(bundle, context, topic),
});
