import { defineRule, displayName, eventsOf, type UnsafeNameProblem } from '../kit/index.js';

const PROBLEMS: Readonly<Record<UnsafeNameProblem, string>> = {
  absolute: 'is an absolute path, so extracting it writes outside the target folder',
  parent: "climbs out of the target folder with '..'",
  control: 'holds control characters, which can cut it short or disguise it',
  empty: 'is empty, so extracting it targets the folder itself',
};

export default defineRule({
  meta: {
    id: 'archive/unsafe-path',
    severity: 'error',
    summary: 'An entry name is absolute, climbs out with `..`, or holds control characters',
    messages: {
      central: 'entry name "{{name}}" {{problem}}; store every path relative to the archive root, without ".." or control characters',
      local: 'the local header of {{entry}} names it "{{name}}", which {{problem}} in streaming extractors; rebuild the archive so both headers carry the same safe name',
    },
  },
  check(bundle, context) {
    for (const event of eventsOf(bundle, 'unsafe-name')) {
      const data = { name: event.name, problem: PROBLEMS[event.problem], entry: displayName(bundle, event.path) };
      context.report({ messageId: event.header, location: { path: event.path }, data });
    }
  },
});
