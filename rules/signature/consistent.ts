import { compareNodes, defineRule, describeSource, formatVersion, locationOf, mostAuthoritative, type Version, type VersionFact } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'signature/consistent',
    severity: 'error',
    summary: 'The version (and build, where given) disagree between places',
    messages: {
      version: '{{place}} gives version {{version}}, but {{reference}} gives {{referenceVersion}}; use one version designation everywhere',
      build: '{{place}} gives build {{build}}, but {{reference}} gives build {{referenceBuild}}; use one build number everywhere',
    },
  },
  async check(bundle, context) {
    const { versions, current } = await bundle.release();
    const reference = current.version;
    if (!reference) return;
    // Builds are compared with the most authoritative place that gives one.
    const buildReference = mostAuthoritative(versions.filter((fact) => fact.version.build !== undefined));
    const reported = new Set<string>();
    /** Whether this place has not had this finding yet (a document gives its version in its name and its title). */
    const firstAt = (fact: VersionFact, messageId: 'version' | 'build') => {
      const key = `${fact.source.path}\0${fact.source.line}\0${messageId}`;
      if (reported.has(key)) return false;
      reported.add(key);
      return true;
    };
    for (const fact of versions) {
      const location = locationOf(fact.source);
      const place = describeSource(bundle, fact.source);
      if (!sameDesignation(fact.version, reference.version)) {
        if (!firstAt(fact, 'version')) continue;
        const data = { place, version: formatVersion(fact.version), reference: describeSource(bundle, reference.source), referenceVersion: formatVersion(reference.version) };
        context.report({ messageId: 'version', location, data });
      } else if (buildReference && fact.version.build !== undefined && Number(fact.version.build) !== Number(buildReference.version.build)) {
        if (!firstAt(fact, 'build')) continue;
        const data = { place, build: fact.version.build, reference: describeSource(bundle, buildReference.source), referenceBuild: buildReference.version.build! };
        context.report({ messageId: 'build', location, data });
      }
    }
  },
});

/** The same nodes; fewer nodes that begin the reference's (a document named for the 3.2 series) agree too. */
function sameDesignation(version: Version, reference: Version): boolean {
  if (version.nodes.length < reference.nodes.length) return version.nodes.every((node, index) => node === reference.nodes[index]);
  return compareNodes(version, reference) === 0;
}
