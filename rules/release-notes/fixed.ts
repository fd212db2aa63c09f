import { checkNotesPart, defineRule, type Topic } from '../kit/index.js';

const topic: Topic = {
  role: 'release-notes',
  notesPart: true,
  headings: ['fixed issues', 'fixes', 'bug fixes', 'fixed', 'resolved issues', 'resolved', 'issues resolved', 'issues fixed', 'defects fixed', 'corrected issues', 'corrections', 'problems fixed', 'bugfix', 'bugfixes', 'hotfixes', 'issues addressed', 'addressed issues'],
  against: ['not fixed', 'unfixed', 'known', 'open'],
  // Chinese and Japanese items: fixed, corrected, resolved, a defect fixed: "修复了…", "[修改] 修正了…", "不具合を修正"; "不具合"
  // alone is a defect, fixed or not ("不具合の回避策", a defect's workaround).
  items: ['fix', 'resolve', 'correct', 'bugfix', 'address', '修复', '修正', '解决', '不具合を修正', '不具合の修正', '不具合修正'],
  cues: [
    /\b(?:fixed an? |has been fixed|were fixed|resolved an? )/i,
    // A change that resolves a tracked issue: "This resolves Issue 853", "fixes bug 412".
    /\b(?:resolv(?:es|ed|ing)|fix(?:es|ed|ing)?) (?:issues?|bugs?|defects?) \d/i,
    // A symptom that no longer happens ("Clones no longer fail", "The agent no longer hangs"); not a removal or a state ("no longer supported", "no longer in widespread use").
    /\bno longer (?:fail|crash|hang|time|stall|freez|leav|drop|los|corrupt|break|caus|throw|return|report|show|display|log|generat|produc|block|reset|disconnect|get stuck|prevent|overwrit|delet|ignor)\w*/i,
    // An item that says bugs were fixed, in general or in one place ("3) Bug/stability fixes.", "Bug fix in pvl_readTMY3 to …", "- Minor bug
    // fixes"); not a part's label standing alone ("1. Bug Fix" over nothing).
    /\bbug ?fix(?:es|ed)? (?:in|of|on|when|where)\b|\b(?:minor|various|general|several|small|stability) bug ?fix|\bbug(?: and |\/)stability fix|\bbug ?fix(?:es)?\./i,
    // That nothing was fixed is a statement of what was: "There are no fixed issues in this release", "No issues were resolved".
    /\bno (?:fixed|resolved|corrected) (?:issues|defects|bugs|problems)\b|\bno (?:issues|defects|bugs|problems) (?:were|have been|are) (?:fixed|resolved|corrected)\b/i,
  ],
};

export default defineRule({
  meta: {
    id: 'release-notes/fixed',
    severity: 'error',
    summary: 'The current version\'s release notes do not say what was fixed',
    messages: {
      missing: 'the release notes of the current version in {{document}} do not say what was fixed: no part headed "Fixed Issues", "Resolved Issues" or "Bug Fixes"; closest: {{closest}}; add one, even to say that nothing was',
      unreadable: '{{document}} could not be read, so whether it covers what was fixed was not checked; see docs/unreadable',
    },
    topic,
  },
  check: (bundle, context) => checkNotesPart(bundle, context, topic),
});
