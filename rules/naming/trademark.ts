import { type Bundle, defineRule, displayName, locationOf, parsedDescriptor } from '../kit/index.js';

interface Named {
  what: string;
  text: string;
  path: string;
  line?: number;
}

export default defineRule({
  meta: {
    id: 'naming/trademark',
    severity: 'error',
    summary: 'The product name contains a VMware trademark or product name',
    messages: {
      trademark: '{{what}} "{{text}}" contains the VMware trademark "{{term}}"; name the partner software without VMware trademarks or product names',
    },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        terms: {
          description: 'Trademarks and product names that must not appear in the partner software name (matched whole, ignoring case).',
          type: 'array',
          items: { type: 'string', minLength: 1 },
          default: ['VMware', 'vSphere', 'vCenter', 'ESX', 'ESXi', 'vSAN', 'vMotion', 'vRealize', 'vCloud', 'vROps', 'NSX', 'Tanzu', 'VMFS', 'Horizon View'],
        },
      },
    },
  },
  async check(bundle, context) {
    // Longest first, so "ESXi" is named rather than "ESX".
    const terms = [...context.options.terms].sort((a, b) => b.length - a.length);
    const patterns = terms.map((term) => [term, new RegExp(`(?<![a-z])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ _.-]?')}(?![a-z])`, 'i')] as const);
    for (const named of await namesOf(bundle)) {
      const hit = patterns.find(([, pattern]) => pattern.test(named.text));
      if (!hit) continue;
      context.report({ messageId: 'trademark', location: locationOf(named), data: { what: named.what, text: named.text, term: hit[0] } });
    }
  },
});

/** Every name the partner software goes by: the bundle's, its files', its documents' titles, the installer metadata's. */
async function namesOf(bundle: Bundle): Promise<Named[]> {
  const names: Named[] = [{ what: 'the bundle name', text: displayName(bundle, ''), path: '' }];
  const { rootFolder, documentArchives } = bundle.layout;
  if (rootFolder) names.push({ what: 'the root folder', text: rootFolder.slice(0, -1), path: rootFolder });
  const archives = new Set(documentArchives.map((archive) => archive.path));
  for (const file of bundle.files) {
    if (file.directory || !(file.depth === 0 || archives.has(file.archivePath))) continue;
    names.push({ what: 'the file name', text: file.name.split('/').pop()!, path: file.path });
  }
  for (const document of await bundle.documents()) {
    const title = document.content?.title;
    // An EULA or notices title names other software as often as this one.
    if (title && archives.has(document.file.archivePath) && !['eula', 'license-notice'].includes(document.file.kind)) names.push({ what: `the title of ${displayName(bundle, document.file.path)}`, text: title, path: document.file.path });
  }
  for (const vib of bundle.vibs) {
    const descriptor = parsedDescriptor(vib);
    if (!descriptor) continue;
    const { name, summary } = descriptor.fields;
    const path = vib.descriptorFile!.path;
    if (name) names.push({ what: 'the VIB name', text: name.text, path, line: name.line });
    if (summary) names.push({ what: 'the VIB summary', text: summary.text, path, line: summary.line });
  }
  for (const bulletin of bundle.bulletins) {
    if (bulletin.summary) names.push({ what: 'the bulletin summary', text: bulletin.summary.text, path: bulletin.file.path, line: bulletin.summary.line });
  }
  return names;
}
