import { defineRule, displayName, manualSteps, reportUnreadable, roleDocuments } from '../kit/index.js';

/** A quoted step is cut here: enough to find it in the guide. */
const QUOTE = 160;

export default defineRule({
  meta: {
    id: 'install-guide/manual-steps',
    severity: 'warning',
    summary: 'The installation guide makes the customer copy files into place or edit files to configure the software',
    messages: {
      copy: '{{document}} makes the customer copy a file to a specific place ("{{step}}"), which the program guide rules out; have the installer put it there',
      edit: '{{document}} makes the customer edit a file to configure the software ("{{step}}"), which the program guide rules out; have the installer or a configuration command or UI set it',
      unreadable: '{{document}} could not be read, so whether it asks for manual file steps was not checked; see docs/unreadable',
    },
  },
  async check(bundle, context) {
    const { scopes, unreadable } = await roleDocuments(bundle, 'install-guide');
    reportUnreadable(bundle, context, unreadable);
    for (const scope of scopes) {
      const path = scope.document.file.path;
      const document = displayName(bundle, path);
      for (const step of manualSteps(scope.content, scope.from, scope.end)) {
        const quoted = step.text.length > QUOTE ? `${step.text.slice(0, QUOTE - 1)}…` : step.text;
        context.report({ messageId: step.kind, location: step.line === undefined ? { path } : { path, line: step.line }, data: { document, step: quoted } });
      }
    }
  },
});
