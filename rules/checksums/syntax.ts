import { defineRule, displayName } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'checksums/syntax',
    severity: 'error',
    summary: 'A manifest line cannot be parsed',
    messages: {
      line: 'line {{line}} of {{manifest}} cannot be read: {{reason}}; write it as "<hex digest>  <file name>", as md5sum and sha1sum do',
      moreProblems: '{{manifest}} has {{count}} more lines that cannot be read, from line {{line}} on, besides the {{reported}} reported; regenerate the manifest with md5sum or sha1sum',
      tooManyLines: '{{manifest}} lists more than {{max}} files, the most a bundle may hold (limits.maxEntries): line {{line}} and the lines after it were not checked; list only the files you ship, or raise limits.maxEntries',
      bundleTooLarge: 'the manifests of the bundle list more than {{max}} {{what}} by line {{line}} of {{manifest}}: that line and the lines after it were not checked; list only the files you ship',
    },
  },
  check(bundle, context) {
    for (const manifest of bundle.manifests) {
      const name = displayName(bundle, manifest.file.path);
      const at = (line: number) => ({ path: manifest.file.path, line });
      for (const problem of manifest.problems) {
        context.report({ messageId: 'line', location: at(problem.line), data: { line: problem.line, manifest: name, reason: problem.reason } });
      }
      const more = manifest.moreProblems;
      if (more) context.report({ messageId: 'moreProblems', location: at(more.line), data: { manifest: name, count: more.count, line: more.line, reported: manifest.problems.length } });
      const stopped = manifest.stoppedAt;
      if (stopped) {
        const data = { manifest: name, max: stopped.max, line: stopped.line };
        if (stopped.limit === 'lines') context.report({ messageId: 'tooManyLines', location: at(stopped.line), data });
        else context.report({ messageId: 'bundleTooLarge', location: at(stopped.line), data: { ...data, what: stopped.limit === 'bundle-lines' ? 'entry lines' : 'characters of file names' } });
      }
    }
  },
});
