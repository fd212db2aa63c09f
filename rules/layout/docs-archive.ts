import { defineRule, displayName, enclosingArchives } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'layout/docs-archive',
    severity: 'error',
    summary: 'The documentation is not delivered as its own zip, separate from the installer',
    messages: {
      loose: '{{name}} is a document loose in the bundle; move it into the documentation zip {{archive}}, so documents can be updated without retesting the installer',
      'loose-no-archive': '{{name}} is a document loose in the bundle; zip all documents into one documentation zip beside the installer',
      'in-installer': 'the documentation is only inside the installer {{installer}}; ship it also as its own zip beside the installer, so documents can be updated without retesting it',
      missing: 'the bundle has no documentation zip; zip the release notes, guides and support process into one archive beside the installer',
      mixed: '{{archive}} holds both the documentation and the installer {{installer}}; ship the installer beside a zip of the documents alone, so documents can be updated without retesting it',
    },
  },
  check(bundle, context) {
    const { documentArchives, mixedArchives, installers, rootFolder } = bundle.layout;
    for (const { archive, installer } of mixedArchives) {
      context.report({ messageId: 'mixed', location: { path: archive.path }, data: { archive: displayName(bundle, archive.path), installer: displayName(bundle, installer.path) } });
    }
    // The EULA may sit at the top; open-source notices often sit beside it.
    const loose = bundle.files.filter((file) => file.depth === 0 && file.kind === 'document');
    const archive = documentArchives.find((candidate) => !mixedArchives.some((mixed) => mixed.archive === candidate));
    for (const file of loose) {
      const name = displayName(bundle, file.path);
      if (archive) context.report({ messageId: 'loose', location: { path: file.path }, data: { name, archive: displayName(bundle, archive.path) } });
      else context.report({ messageId: 'loose-no-archive', location: { path: file.path }, data: { name } });
    }
    if (archive || loose.length > 0 || mixedArchives.length > 0 || !bundle.fullyRead) return;
    const holdingDocuments = new Set(bundle.files.filter((file) => file.kind === 'document').flatMap((file) => enclosingArchives(file.path)));
    const holding = installers.find((installer) => holdingDocuments.has(installer.path));
    if (holding) context.report({ messageId: 'in-installer', location: { path: holding.path }, data: { installer: displayName(bundle, holding.path) } });
    else context.report({ messageId: 'missing', location: { path: rootFolder ?? '' } });
  },
});
