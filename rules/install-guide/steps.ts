import { defineRule, displayName, INSTALL_STEPS, installSections, documentNames, reportUnreadable, roleDocuments, scopeLocation, type InstallSection, type Scope } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'install-guide/steps',
    severity: 'error',
    summary: 'The installation guide has no step-by-step installation procedure',
    messages: {
      missing: '{{document}} has no step-by-step installation procedure ({{closest}}); write the installation as ordered steps, from getting the bundle to a working plugin',
      unreadable: '{{document}} could not be read, so whether it gives installation steps was not checked; see docs/unreadable',
    },
  },
  async check(bundle, context) {
    const { scopes, unreadable } = await roleDocuments(bundle, 'install-guide');
    if (scopes.length === 0) {
      reportUnreadable(bundle, context, unreadable);
      return;
    }
    const candidates = scopes.flatMap((scope) => installSections(scope.content, scope.from, scope.end).map((section) => ({ scope, section })));
    if (candidates.some(({ section }) => section.steps >= INSTALL_STEPS)) return;
    // The closest: the section about installing that gives the most steps, the first of equals.
    const closest = candidates.reduce<{ scope: Scope; section: InstallSection } | undefined>((best, candidate) => (!best || candidate.section.steps > best.section.steps ? candidate : best), undefined);
    const document = documentNames(bundle, scopes.map((scope) => scope.document));
    if (!closest) {
      context.report({ messageId: 'missing', location: scopeLocation(scopes[0]!), data: { document, closest: 'no section is about installing: none is headed "Installation", "Installing…", "Deployment", "Setup" or "Getting Started"' } });
      return;
    }
    const { scope, section } = closest;
    const path = scope.document.file.path;
    const gives = section.steps === 0 ? 'gives no steps' : 'gives 1 step';
    context.report({
      messageId: 'missing',
      location: section.line === undefined ? { path } : { path, line: section.line },
      data: { document, closest: `closest: "${section.heading}" in ${displayName(bundle, path)} ${gives}` },
    });
  },
});
