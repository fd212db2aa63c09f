import { basename } from 'node:path';
import type { Located } from '../formats/installer-metadata.js';
import type { Bulletin, BundleDocument, BundleFile, BundleLayout, DateFact, EarlierRelease, FactConfidence, FactPlace, FactSource, PluginPackage, ReleaseFacts, SignatureCarrier, VersionFact, Vib } from '../model/model.js';
import { parsedDescriptor } from '../model/queries.js';
import { namesOwnRelease, sameDesignation, type ReleaseNotes, type VersionSection } from './release-notes.js';
import { findDate, findVersions, type Version } from '../formats/versions.js';

/**
 * Which fact wins when the release's own version or date is asked for: what the release
 * states about itself (release notes, then installer metadata) before what names suggest.
 */
const AUTHORITY: readonly FactPlace[] = ['release-notes', 'vib-descriptor', 'bulletin', 'plugin-package', 'document-title', 'bundle-name', 'root-folder', 'file-name'];

/** How much each place's word counts when the places vote for the current release's version. */
const VOTES: Record<FactPlace, number> = { 'release-notes': 3, 'vib-descriptor': 3, 'plugin-package': 3, bulletin: 2, 'bundle-name': 2, 'document-title': 2, 'root-folder': 1, 'file-name': 1 };

const CONFIDENCE: Record<FactPlace, FactConfidence> = {
  'release-notes': 'high',
  'vib-descriptor': 'high',
  bulletin: 'high',
  'plugin-package': 'high',
  'bundle-name': 'medium',
  'root-folder': 'medium',
  'document-title': 'medium',
  'file-name': 'low',
};

export interface SignatureSources {
  readonly bundlePath: string;
  readonly files: readonly BundleFile[];
  readonly layout: BundleLayout;
  readonly vibs: readonly Vib[];
  readonly bulletins: readonly Bulletin[];
  readonly pluginPackages: readonly PluginPackage[];
  readonly documents: readonly BundleDocument[];
  readonly notes: readonly ReleaseNotes[];
}

/** Documents whose titles name the release they are for. */
const TITLED_ROLES = new Set(['release-notes', 'install-guide', 'support']);
/** Words of file names that say what a file is, not whose it is: they do not make a file the product's. */
const GENERIC_WORDS = new Set(['plugin', 'driver', 'release', 'notes', 'docs', 'doc', 'documentation', 'bundle', 'offline', 'setup', 'installer', 'install', 'package', 'the', 'and', 'for', 'tar', 'zip', 'bin', 'sdk', 'tool', 'tools']);

/**
 * The release facts of a bundle, built once: every version and date with its place, kind and
 * confidence; the places that must carry a signature (each release notes document, each VIB
 * descriptor, each bulletin, each vSphere Client plugin package manifest); the current release,
 * decided by agreement between its places (see `currentVersion`), and its date from that
 * release's own places only; the earlier releases the notes list.
 */
export function releaseFacts(sources: SignatureSources): ReleaseFacts {
  const versions: VersionFact[] = [];
  const dates: DateFact[] = [];
  const productWords = wordsOfProduct(sources);
  const versionsAt = (source: FactSource, options: { component?: boolean } = {}): VersionFact[] =>
    findVersions(source.text).map(({ kind, index: _index, ...version }) =>
      push(versions, { version, source, kind: options.component && kind === 'product' ? 'component' : kind, confidence: CONFIDENCE[source.place] }),
    );
  const productAt = (source: FactSource, options: { component?: boolean } = {}) => versionsAt(source, options).find((fact) => fact.kind === 'product');
  const dateAt = (source: FactSource): DateFact | undefined => {
    const date = findDate(source.text);
    return date === undefined ? undefined : push(dates, { date, source, confidence: CONFIDENCE[source.place] });
  };
  const named = (place: FactPlace, path: string, text: string, component = false) => {
    productAt({ place, path, text }, { component });
    if (!component) dateAt({ place, path, text });
  };

  named('bundle-name', '', basename(sources.bundlePath).replace(/\.zip$/i, ''));
  const root = sources.layout.rootFolder;
  if (root) named('root-folder', root, root.slice(0, -1));
  for (const file of namedFiles(sources.files, sources.layout)) {
    const name = file.name.split('/').pop()!;
    named('file-name', file.path, name, file.kind !== 'vib' && file.kind !== 'document' && isComponent(name, productWords));
  }

  const carriers: SignatureCarrier[] = [];
  for (const vib of sources.vibs) {
    const descriptor = parsedDescriptor(vib);
    if (!descriptor) continue;
    const place = 'vib-descriptor';
    const path = vib.descriptorFile!.path;
    const { version, 'release-date': date } = descriptor.fields;
    carriers.push({
      place,
      path,
      requires: { version: true, date: true },
      versions: present([version && productAt(located(place, path, version))]),
      dates: present([date && dateAt(located(place, path, date))]),
    });
  }
  for (const bulletin of sources.bulletins) {
    const place = 'bulletin';
    const path = bulletin.file.path;
    carriers.push({
      place,
      path,
      requires: { version: false, date: true },
      versions: present([bulletin.id, ...bulletin.vibIds].map((field) => field && productAt(located(place, path, field)))),
      dates: present([bulletin.releaseDate && dateAt(located(place, path, bulletin.releaseDate))]),
    });
  }
  for (const plugin of sources.pluginPackages) {
    const manifest = plugin.parse && 'plugin' in plugin.parse ? plugin.parse.plugin : undefined;
    if (!manifest) continue;
    const place = 'plugin-package';
    const path = plugin.manifest.path;
    carriers.push({ place, path, requires: { version: true, date: false }, versions: present([manifest.version && productAt(located(place, path, manifest.version))]), dates: [] });
  }
  for (const document of sources.documents) {
    const title = document.content?.title;
    if (title && document.content?.titleSource === 'visible' && document.roles.some((role) => TITLED_ROLES.has(role))) versionsAt({ place: 'document-title', path: document.file.path, text: title });
  }

  // The notes' own statements, each notes' current section as the document alone decides it.
  const stated = sources.notes.map((notes) => ({ notes, section: notes.current, ...statedFacts(notes, notes.current) }));
  const version = currentVersion([...versions, ...present(stated.map((entry) => entry.version))]);
  // Notes whose current section is not the release's, while a section of theirs is (a maintenance release listing a later branch), are read at that section,
  // unless the notes name their own release (title and file name agree with their current section): they are another release's notes.
  const agreed = stated.map((entry) => {
    if (!version || !entry.version || sameDesignation(entry.version.version, version.version) || namesOwnRelease(entry.notes)) return entry;
    const section = entry.notes.versions.find((candidate) => sameDesignation(candidate.version, version.version));
    return section ? { notes: entry.notes, section, ...statedFacts(entry.notes, section) } : entry;
  });

  const history: EarlierRelease[] = [];
  for (const { notes, section: current, version: notesVersion, date: notesDate } of agreed) {
    const path = notes.document.file.path;
    if (notesVersion) versions.push(notesVersion);
    // The release's dates come only from its own places: notes of another version date another release.
    if (notesDate && (!version || !notesVersion || sameDesignation(notesVersion.version, version.version))) dates.push(notesDate);
    carriers.push({ place: 'release-notes', path, requires: { version: true, date: true }, versions: present([notesVersion]), dates: present([notesDate]) });
    for (const earlier of notes.versions) {
      if (earlier === current) continue;
      const source = sectionSource(path, earlier);
      history.push({
        kind: 'history',
        from: path,
        version: { version: earlier.version, source, kind: 'product', confidence: 'high' },
        date: earlier.date === undefined ? undefined : { date: earlier.date, source, confidence: 'high' },
      });
    }
  }

  // Given by the most authoritative of the places agreeing on it, the notes read at their agreed section among them.
  const given = version && mostAuthoritative(versions.filter((fact) => fact.kind === 'product' && sameDesignation(fact.version, version.version)));
  return { versions, dates, carriers, current: { version: given, date: mostAuthoritative(dates) }, history };
}

/** The version and date the notes state for one of their sections (the current one: as the notes state them). */
function statedFacts(notes: ReleaseNotes, section: VersionSection | undefined): { version: VersionFact | undefined; date: DateFact | undefined } {
  const path = notes.document.file.path;
  if (section && section !== notes.current) {
    const source = sectionSource(path, section);
    return { version: { version: section.version, source, kind: 'product', confidence: 'high' }, date: section.date === undefined ? undefined : { date: section.date, source, confidence: 'high' } };
  }
  const at = <T>(stated: { value: T; text: string; line?: number }): FactSource => ({ place: 'release-notes', path, text: stated.text, ...(stated.line === undefined ? {} : { line: stated.line }) });
  const confidence: FactConfidence = notes.current ? 'high' : 'low';
  const { version, date } = notes.stated;
  return {
    version: version && { version: version.value, source: at(version), kind: 'product', confidence },
    date: date && { date: date.value, source: at(date), confidence },
  };
}

/**
 * The current release's version: the product versions of the release's places (not platforms',
 * revisions' or components') grouped by designation, the group with the most votes (see VOTES;
 * a place votes once) winning, ties going to the most authoritative place; given as that group's
 * most authoritative fact.
 */
function currentVersion(facts: readonly VersionFact[]): VersionFact | undefined {
  const groups: { version: Version; facts: VersionFact[]; votes: number }[] = [];
  const voted = new Set<string>();
  for (const fact of facts) {
    if (fact.kind !== 'product') continue;
    let group = groups.find((candidate) => sameDesignation(candidate.version, fact.version));
    if (!group) groups.push((group = { version: fact.version, facts: [], votes: 0 }));
    group.facts.push(fact);
    const place = `${fact.source.place}\0${fact.source.path}`;
    if (!voted.has(`${place}\0${groups.indexOf(group)}`)) group.votes += VOTES[fact.source.place] * (fact.confidence === 'low' ? 0.5 : 1);
    voted.add(`${place}\0${groups.indexOf(group)}`);
  }
  const authority = (group: (typeof groups)[number]) => Math.min(...group.facts.map((fact) => AUTHORITY.indexOf(fact.source.place)));
  const winner = [...groups].sort((a, b) => b.votes - a.votes || authority(a) - authority(b))[0];
  return winner && mostAuthoritative(winner.facts);
}

/** The fact from the most authoritative place (see AUTHORITY), the first found among equals. */
export function mostAuthoritative<T extends { source: FactSource }>(facts: readonly T[]): T | undefined {
  return [...facts].sort((a, b) => AUTHORITY.indexOf(a.source.place) - AUTHORITY.indexOf(b.source.place))[0];
}

function sectionSource(path: string, section: VersionSection): FactSource {
  const { text, line } = section.heading;
  return line === undefined ? { place: 'release-notes', path, text } : { place: 'release-notes', path, text, line };
}

function located(place: FactPlace, path: string, field: Located): FactSource {
  return { place, path, text: field.text, line: field.line };
}

function push<T>(list: T[], item: T): T {
  list.push(item);
  return item;
}

function present<T>(items: readonly (T | undefined)[]): T[] {
  return items.filter((item): item is T => item !== undefined);
}

/** The words that name the product: those of the bundle's name, its root folder's and its VIBs' names before their versions. */
function wordsOfProduct(sources: SignatureSources): Set<string> {
  const names = [basename(sources.bundlePath), sources.layout.rootFolder ?? '', ...sources.vibs.map((vib) => basename(vib.file.path))];
  return new Set(names.flatMap(wordsBeforeVersion));
}

function wordsBeforeVersion(name: string): string[] {
  const version = findVersions(name)[0];
  const stem = version ? name.slice(0, version.index) : name.replace(/\.[^.]*$/, '');
  return (stem.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((word) => !GENERIC_WORDS.has(word));
}

/**
 * A file shipped beside the product under another name (`openssl-3.0.13.tar.gz`,
 * `diag-1.4.2.sh`, `firmware-9.4.bin`): none of the words before its version is one of the
 * product's. Its version is a component's, not a place of the release's.
 */
function isComponent(name: string, productWords: ReadonlySet<string>): boolean {
  const words = wordsBeforeVersion(name);
  return productWords.size > 0 && words.length > 0 && !words.some((word) => productWords.has(word));
}

/**
 * Files whose names speak for the release: the bundle's own files, the documents of its
 * documentation zips, and VIBs wherever they are. EULAs and notices have versions of their own.
 */
function namedFiles(files: readonly BundleFile[], layout: BundleLayout): BundleFile[] {
  const documentArchives = new Set(layout.documentArchives.map((file) => file.path));
  return files.filter(
    (file) =>
      file.kind === 'vib' ||
      (file.depth === 0 && !['directory', 'manifest', 'eula', 'license-notice'].includes(file.kind)) ||
      (file.kind === 'document' && documentArchives.has(file.archivePath)),
  );
}
