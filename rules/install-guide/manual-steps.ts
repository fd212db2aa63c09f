import { defineRule, displayName, manualSteps, reportUnreadable, roleDocuments } from '../kit/index.js';

/** A quoted step is cut here: enough to find it in the guide. */
const QUOTE = 160;
const quote = (text: string) => (text.length > QUOTE ? `${text.slice(0, QUOTE - 1)}…` : text);
/** Steps reported one by one per document; past them, one finding counts the rest. */
const REPORTED = 20;

export default defineRule({
  meta: {
    id: 'install-guide/manual-steps',
    severity: 'warning',
    summary: 'The installation guide makes the customer copy files into place or edit files to configure the software',
    messages: {
      copy: '{{document}} makes the customer copy a file to a specific place ("{{step}}"), which the program guide rules out; have the installer put it there',
      edit: '{{document}} makes the customer edit a file to configure the software ("{{step}}"), which the program guide rules out; have the installer or a configuration command or UI set it',
      moreSteps: '{{document}} has {{count}} more steps that copy or edit files by hand besides the {{reported}} reported, from "{{step}}" on; have the installer do them',
      unreadable: '{{document}} could not be read, so whether it asks for manual file steps was not checked; see docs/unreadable',
    },
  },
  async check(bundle, context) {
    const { scopes, unreadable } = await roleDocuments(bundle, 'install-guide');
    reportUnreadable(bundle, context, unreadable);
    for (const scope of scopes) {
      const path = scope.document.file.path;
      const document = displayName(bundle, path);
      const steps = manualSteps(scope.content, scope.from, scope.end);
      const at = (line: number | undefined) => (line === undefined ? { path } : { path, line });
      for (const step of steps.slice(0, REPORTED)) context.report({ messageId: step.kind, location: at(step.line), data: { document, step: quote(step.text) } });
      const rest = steps[REPORTED];
      if (rest) context.report({ messageId: 'moreSteps', location: at(rest.line), data: { document, count: steps.length - REPORTED, reported: REPORTED, step: quote(rest.text) } });
    }
  },
});
