import { compareLandingFacts, defineRule, describeSource, displayName, formatBytes, formatVersion, type LandingFact, type LandingFactName } from '../kit/index.js';

/** How messages name each fact (the program guide's words) and the labels it is looked for by. */
const FACTS: Readonly<Record<LandingFactName, { name: string; labels: string }>> = {
  version: { name: 'product version', labels: '"Version" or "Release"' },
  date: { name: 'date certified or released', labels: '"Release date", "Released" or "Date certified"' },
  md5: { name: 'MD5 SUM', labels: '"MD5 SUM" or "MD5 checksum"' },
  sha1: { name: 'SHA1 SUM', labels: '"SHA1 SUM" or "SHA-1 checksum"' },
  size: { name: 'file size', labels: '"File size", "Size" or "Download"' },
};

export default defineRule({
  meta: {
    id: 'landing/facts',
    severity: 'error',
    summary: "The landing page's product version, release date, MD5 SUM, SHA1 SUM or file size disagree with the bundle, or it lacks one",
    messages: {
      unreadable: 'the landing page {{page}} could not be read: {{reason}}; give its saved HTML or an address that answers',
      missing: 'the landing page {{page}} states no {{fact}} (no label such as {{labels}} with a value after it); add it: {{actual}}',
      version: 'the landing page {{page}} gives version {{stated}}{{at}}, but the bundle is version {{actual}} ({{where}}); publish the page of this release or correct its version',
      date: "the landing page {{page}} gives the release date {{stated}}{{at}}, but the bundle's release date is {{actual}} ({{where}}); make them the same",
      checksum: 'the landing page {{page}} gives {{fact}} {{stated}}{{at}}, but {{bundle}} has {{fact}} {{actual}}; publish the checksums of the file you upload',
      size: 'the landing page {{page}} gives the size {{stated}}{{at}}, but {{bundle}} holds {{actual}}; state the size of the file you upload',
    },
  },
  async check(bundle, context) {
    const page = bundle.context.landingPage;
    if (!page) return;
    const location = { path: '' };
    if (page.problem !== undefined) {
      context.report({ messageId: 'unreadable', location, data: { page: page.name, reason: page.problem } });
      return;
    }
    const { version, date } = (await bundle.release()).current;
    const name = displayName(bundle, '');
    const size = `${bundle.size.toLocaleString('en-US')} bytes (${formatBytes(bundle.size)})`;
    const actual: Record<LandingFactName, string | undefined> = {
      version: version && formatVersion(version.version),
      date: date?.date,
      md5: bundle.digests.md5,
      sha1: bundle.digests.sha1,
      size,
    };
    const comparisons = compareLandingFacts(page, { version: version?.version, date: date?.date, md5: bundle.digests.md5, sha1: bundle.digests.sha1, size: bundle.size });
    for (const { fact, stated, agrees } of comparisons) {
      const { name: factName, labels } = FACTS[fact];
      if (!stated) {
        context.report({ messageId: 'missing', location, data: { page: page.name, fact: factName, labels, actual: actual[fact] === undefined ? `the ${factName} of ${name}` : `${factName} ${actual[fact]}` } });
        continue;
      }
      if (agrees !== false) continue;
      const common = { page: page.name, stated: stated.text, at: at(stated), actual: actual[fact]! };
      if (fact === 'version') context.report({ messageId: 'version', location, data: { ...common, where: describeSource(bundle, version!.source) } });
      else if (fact === 'date') context.report({ messageId: 'date', location, data: { ...common, where: describeSource(bundle, date!.source) } });
      else if (fact === 'size') context.report({ messageId: 'size', location, data: { ...common, bundle: name } });
      else context.report({ messageId: 'checksum', location, data: { ...common, fact: factName, bundle: name } });
    }
  },
});

/** " (line 12)" of the page, or nothing for a fact read from its title. */
function at(fact: LandingFact<unknown>): string {
  return fact.line === undefined ? '' : ` (line ${fact.line})`;
}
