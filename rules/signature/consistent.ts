import { compareNodes, defineRule, describeSource, formatVersion, locationOf, type Bundle, type DateFact, type FactSource, type Version, type VersionFact } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'signature/consistent',
    severity: 'error',
    summary: 'The version (and build, where given) or the release date disagree between places',
    messages: {
      version: 'version {{version}} in {{places}} disagrees with {{referenceVersion}} in {{referencePlaces}}; use one version designation everywhere',
      build: 'build {{build}} in {{places}} disagrees with build {{referenceBuild}} in {{referencePlaces}}; use one build number everywhere',
      date: 'release date {{date}} in {{places}} disagrees with {{referenceDate}} in {{referencePlaces}}; date the release the same everywhere',
    },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        components: {
          description:
            'Names of third-party components shipped in the bundle: a file whose name starts with one of them (any case) is not a place of the release\'s version. Files named without any word of the product\'s name (openssl-3.0.13.tar.gz) are recognised without it.',
          type: 'array',
          items: { type: 'string', minLength: 1 },
          default: [],
        },
      },
    },
  },
  async check(bundle, context) {
    const { versions, dates, current } = await bundle.release();
    const exempt = context.options.components.map((name) => name.toLowerCase());
    const isExempt = (source: FactSource) => source.place === 'file-name' && exempt.some((name) => source.path.split(/!?\//).pop()!.toLowerCase().startsWith(name));
    const places = versions.filter((fact) => fact.kind === 'product' && !isExempt(fact.source));
    const reference = current.version;
    if (reference) {
      const agreeing = places.filter((fact) => sameDesignation(fact.version, reference.version));
      for (const group of groupBy(places.filter((fact) => !agreeing.includes(fact)), (a, b) => compareNodes(a.version, b.version) === 0)) {
        const data = { version: formatVersion(withoutBuild(group[0]!.version)), places: list(bundle, group), referenceVersion: formatVersion(withoutBuild(reference.version)), referencePlaces: list(bundle, [reference, ...agreeing], 1) };
        context.report({ messageId: 'version', location: locationOf(group[0]!.source), data });
      }
      // Builds are compared with the release's own build, else the most authoritative place that gives one.
      const built = agreeing.filter((fact) => fact.version.build !== undefined);
      const buildReference = reference.version.build !== undefined ? reference : built[0];
      if (buildReference) {
        const sameBuild = (fact: VersionFact) => Number(fact.version.build) === Number(buildReference.version.build);
        for (const group of groupBy(built.filter((fact) => !sameBuild(fact)), (a, b) => Number(a.version.build) === Number(b.version.build))) {
          const data = { build: group[0]!.version.build!, places: list(bundle, group), referenceBuild: buildReference.version.build!, referencePlaces: list(bundle, [buildReference, ...built.filter(sameBuild)], 1) };
          context.report({ messageId: 'build', location: locationOf(group[0]!.source), data });
        }
      }
    }
    const referenceDate = current.date;
    if (!referenceDate) return;
    const agreeingDates = dates.filter((fact) => sameDay(fact.date, referenceDate.date));
    for (const group of groupBy(dates.filter((fact) => !agreeingDates.includes(fact)), (a, b) => a.date === b.date)) {
      const data = { date: group[0]!.date, places: list(bundle, group), referenceDate: referenceDate.date, referencePlaces: list(bundle, [referenceDate, ...agreeingDates], 1) };
      context.report({ messageId: 'date', location: locationOf(group[0]!.source), data });
    }
  },
});

/** The same nodes; fewer nodes that begin the reference's (a document named for the 3.2 series) agree too. */
function sameDesignation(version: Version, reference: Version): boolean {
  if (version.nodes.length < reference.nodes.length && version.hotfix === undefined) return version.nodes.every((node, index) => node === reference.nodes[index]);
  return compareNodes(version, reference) === 0;
}

/** The same day, a month without a day (YYYY-MM) agreeing with any day of it. */
function sameDay(date: string, reference: string): boolean {
  return date.length === reference.length ? date === reference : date.slice(0, 7) === reference.slice(0, 7);
}

function withoutBuild(version: Version): Version {
  return { ...version, build: undefined };
}

/** Facts in groups of equal values, in the order their first members come. */
function groupBy<T>(facts: readonly T[], same: (a: T, b: T) => boolean): T[][] {
  const groups: T[][] = [];
  for (const fact of facts) {
    const group = groups.find((candidate) => same(candidate[0]!, fact));
    if (group) group.push(fact);
    else groups.push([fact]);
  }
  return groups;
}

/** Places a message lists at most where they disagree with the release; the rest are counted. */
const LISTED = 4;

/** The places of facts, each once, the first `shown` of them named: 'the bundle name ("x-3.2.2"), the root folder ("x-3.2.2") and 2 more places'. */
function list(bundle: Bundle, facts: readonly (VersionFact | DateFact)[], shown = LISTED): string {
  const seen = new Set<string>();
  const named = facts.map((fact) => describeSource(bundle, fact.source)).filter((name) => !seen.has(name) && seen.add(name));
  const listed = named.slice(0, shown);
  const more = named.length - listed.length;
  if (more > 0) return `${listed.join(', ')} and ${more} more place${more === 1 ? '' : 's'}`;
  return listed.length === 1 ? listed[0]! : `${listed.slice(0, -1).join(', ')} and ${listed.at(-1)}`;
}
