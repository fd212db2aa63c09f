import { defineRule, displayName, holdsListedDocument, nameStem, nameWords, ROLE_NAMES, type BundleDocument, type LandingDocument } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'landing/documents',
    severity: 'warning',
    summary: 'A document the landing page lists is not in the bundle',
    messages: {
      missing: 'the landing page {{page}} lists {{listed}}{{at}}, but the bundle holds no such document{{closest}}; ship it in the documentation zip, or take it off the page',
    },
  },
  async check(bundle, context) {
    const page = bundle.context.landingPage;
    // What could not be read may hold the document: stay silent rather than guess.
    if (!page || page.problem !== undefined || !bundle.fullyRead) return;
    const documents = await bundle.documents();
    for (const listed of page.documents) {
      if (holdsListedDocument(listed, bundle.files, documents)) continue;
      const closest = closestDocument(listed, documents);
      context.report({
        messageId: 'missing',
        location: { path: '' },
        data: {
          page: page.name,
          listed: listed.fileName === undefined ? `"${listed.text}"` : listed.fileName,
          at: listed.line === undefined ? '' : ` (line ${listed.line})`,
          closest: closest ? ` (closest: ${displayName(bundle, closest.file.path)}, ${listed.roles.length > 0 ? `which is not read as ${listed.roles.map((role) => ROLE_NAMES[role]).join(' or ')}` : 'named otherwise'})` : '',
        },
      });
    }
  },
});

/** The bundle's document whose name shares most words with the listing's, if any shares one. */
function closestDocument(listed: LandingDocument, documents: readonly BundleDocument[]): BundleDocument | undefined {
  const wanted = new Set(nameWords(listed.fileName === undefined ? listed.text : nameStem(listed.fileName)));
  let best: { document: BundleDocument; shared: number } | undefined;
  for (const document of documents) {
    const shared = new Set(nameWords(nameStem(document.file.name)).filter((word) => wanted.has(word))).size;
    if (shared > 0 && (!best || shared > best.shared)) best = { document, shared };
  }
  return best?.document;
}
