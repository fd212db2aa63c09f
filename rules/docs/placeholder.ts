import { defineRule, displayName, headingWords, insideInstaller, isBlank, phrasePattern, placeholderIn, ROLE_NAMES, sectionHasContent, type BundleDocument, type DocumentRole, type RunTopic } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'docs/placeholder',
    severity: 'error',
    summary: 'A required section, the EULA or the notices hold placeholder text instead of content',
    messages: {
      emptyDocument: '{{name}} is empty; ship the {{what}} it stands for',
      placeholderDocument: '{{name}} holds only placeholder text ("{{placeholder}}"); replace it with the {{what}}',
      emptySection: 'the section "{{heading}}" of {{name}} has nothing under it; write it, or the topic counts as missing',
      placeholderSection: 'the section "{{heading}}" of {{name}} holds placeholder text ("{{placeholder}}") instead of content; write it, or the topic counts as missing',
    },
  },
  async check(bundle, context) {
    // The installer's own copies are not what reviewers read.
    const documents = (await bundle.documents()).filter((document) => document.roles.length > 0 && !insideInstaller(bundle, document.file));
    // When every EULA is blank, eula/present says so; one blank beside a written one is this rule's.
    const requiredByRole = new Map((Object.keys(ROLE_NAMES) as DocumentRole[]).map((role) => [role, requiredHeadings(context.topics, role)]));
    const eulaPresentReports = documents.filter((document) => document.roles.includes('eula')).every(isBlank);
    for (const document of documents) {
      const name = displayName(bundle, document.file.path);
      const what = ROLE_NAMES[document.roles[0]!];
      const location = { path: document.file.path };
      const content = document.content;
      if (!content) continue;
      if (isBlank(document)) {
        if (!(document.roles.includes('eula') && eulaPresentReports)) context.report({ messageId: 'emptyDocument', location, data: { name, what } });
        continue;
      }
      const placeholder = placeholderIn(bodyText(document));
      if (placeholder !== undefined) {
        context.report({ messageId: 'placeholderDocument', location, data: { name, what, placeholder } });
        continue;
      }
      const required = document.roles.flatMap((role) => requiredByRole.get(role) ?? []);
      content.sections.forEach((section, index) => {
        const heading = section.heading;
        if (!heading || !required.some((pattern) => pattern.test(headingWords(heading.text)))) return;
        if (sectionHasContent(content, index)) return;
        const where = heading.line === undefined ? location : { ...location, line: heading.line };
        const placeholderText = placeholderIn(section.body);
        if (placeholderText === undefined) context.report({ messageId: 'emptySection', location: where, data: { heading: heading.text, name } });
        else context.report({ messageId: 'placeholderSection', location: where, data: { heading: heading.text, name, placeholder: placeholderText } });
      });
    }
  },
});

/** The headings of the sections a document of the role must have: those of the topics of the run's rules for it, configured ones included. */
function requiredHeadings(topics: readonly RunTopic[], role: DocumentRole): RegExp | undefined {
  const headings = topics.filter(({ topic }) => topic.role === role).flatMap(({ topic, vocabulary }) => [...topic.headings, ...vocabulary]);
  return headings.length > 0 ? phrasePattern(headings) : undefined;
}

/** A document's text without its headings: what its sections say. */
function bodyText(document: BundleDocument): string {
  return document.content!.sections.map((section) => section.body).join('\n');
}
