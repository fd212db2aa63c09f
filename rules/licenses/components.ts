import { componentOf, defineRule, displayName, namesComponent, parsedDescriptor, shippedFiles, type Bundle } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'licenses/components',
    severity: 'warning',
    summary: 'A third-party component shipped in the installer is not named in the open-source notices',
    messages: {
      unnamed: '{{file}} in the installer is {{component}} {{version}}, which the open-source notices ({{notices}}) never name; add its license notice, or remove the component',
    },
  },
  async check(bundle, context) {
    const notices = (await bundle.documents()).filter((document) => document.roles.includes('license-notice'));
    // No notices (licenses/open-source says so), or notices that could not be read (docs/unreadable): nothing to compare with.
    if (notices.length === 0 || notices.some((document) => !document.content)) return;
    const text = notices.map((document) => document.content!.text).join('\n');
    const names = notices.map((document) => displayName(bundle, document.file.path)).join(', ');
    const own = partnerWords(bundle);
    const reported = new Set<string>();
    for (const shipped of shippedFiles(bundle)) {
      const component = componentOf(shipped.name);
      if (!component || reported.has(component.project) || own.some((word) => component.name.toLowerCase().includes(word))) continue;
      if (namesComponent(text, component)) continue;
      reported.add(component.project);
      const file = shipped.name.slice(shipped.name.lastIndexOf('/') + 1);
      context.report({ messageId: 'unnamed', location: shipped.location, data: { file, component: component.project, version: component.version, notices: names } });
    }
  },
});

/** Words that name the partner's own components: the VIBs' names and vendors. */
function partnerWords(bundle: Bundle): string[] {
  return bundle.vibs.flatMap((vib) => {
    const fields = parsedDescriptor(vib)?.fields;
    return [fields?.name?.text.split(/[-_]/)[0], fields?.vendor?.text].flatMap((word) => (word && word.length >= 3 ? [word.toLowerCase()] : []));
  });
}
