import { basename } from 'node:path';
import type { Located } from '../formats/installer-metadata.js';
import type { Bulletin, BundleDocument, PluginPackage, BundleFile, BundleLayout, DateFact, EarlierRelease, FactPlace, FactSource, ReleaseFacts, SignatureCarrier, VersionFact, Vib } from '../model/model.js';
import { parsedDescriptor } from '../model/queries.js';
import type { ReleaseNotes, VersionSection } from './release-notes.js';
import { findDate, findVersion } from '../formats/versions.js';

/**
 * Which fact wins when the release's own version or date is asked for: what the release
 * states about itself (release notes, then installer metadata) before what names suggest.
 */
const AUTHORITY: readonly FactPlace[] = ['release-notes', 'vib-descriptor', 'bulletin', 'plugin-package', 'document-title', 'bundle-name', 'root-folder', 'file-name'];

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

/**
 * Every version and date the bundle carries, where each was found, and the places that must
 * carry a signature: each release notes document (the current version and its date), each VIB
 * descriptor (version and date), each bulletin (date) and each vSphere Client plugin package
 * manifest (version); the earlier releases the notes list.
 */
export function releaseFacts(sources: SignatureSources): ReleaseFacts {
  const versions: VersionFact[] = [];
  const dates: DateFact[] = [];
  const versionAt = (source: FactSource): VersionFact | undefined => {
    const version = findVersion(source.text);
    return version && push(versions, { version, source });
  };
  const dateAt = (source: FactSource): DateFact | undefined => {
    const date = findDate(source.text);
    return date === undefined ? undefined : push(dates, { date, source });
  };
  const name = (place: FactPlace, path: string, text: string) => {
    versionAt({ place, path, text });
    dateAt({ place, path, text });
  };

  name('bundle-name', '', basename(sources.bundlePath).replace(/\.zip$/i, ''));
  const root = sources.layout.rootFolder;
  if (root) name('root-folder', root, root.slice(0, -1));
  for (const file of namedFiles(sources.files, sources.layout)) name('file-name', file.path, file.name.split('/').pop()!);

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
      versions: present([version && versionAt(located(place, path, version))]),
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
      versions: present([bulletin.id, ...bulletin.vibIds].map((field) => field && versionAt(located(place, path, field)))),
      dates: present([bulletin.releaseDate && dateAt(located(place, path, bulletin.releaseDate))]),
    });
  }
  for (const plugin of sources.pluginPackages) {
    const manifest = plugin.parse && 'plugin' in plugin.parse ? plugin.parse.plugin : undefined;
    if (!manifest) continue;
    const place = 'plugin-package';
    const path = plugin.manifest.path;
    carriers.push({ place, path, requires: { version: true, date: false }, versions: present([manifest.version && versionAt(located(place, path, manifest.version))]), dates: [] });
  }

  for (const document of sources.documents) {
    const title = document.content?.title;
    if (title && document.roles.some((role) => TITLED_ROLES.has(role))) versionAt({ place: 'document-title', path: document.file.path, text: title });
  }
  const history: EarlierRelease[] = [];
  for (const notes of sources.notes) {
    const place: FactPlace = 'release-notes';
    const path = notes.document.file.path;
    const section = (entry: VersionSection): FactSource => (entry.heading.line === undefined ? { place, path, text: entry.heading.text } : { place, path, text: entry.heading.text, line: entry.heading.line });
    const { current } = notes;
    // The version analysis read (its heading without section numbers), else the first in the title or text.
    const version = current ? push(versions, { version: current.version, source: section(current) }) : versionAt({ place, path, text: notes.content.title ?? notes.content.text.slice(0, 2000) });
    const dateSource: FactSource = current?.date ? section(current) : { place, path, text: notes.content.text.slice(0, 2000) };
    const date = current?.date ? push(dates, { date: current.date, source: dateSource }) : dateAt(dateSource);
    carriers.push({ place, path, requires: { version: true, date: true }, versions: present([version]), dates: present([date]) });
    for (const earlier of notes.versions) {
      if (earlier === current) continue;
      const source = section(earlier);
      const date = earlier.date === undefined ? undefined : { date: earlier.date, source };
      history.push({ kind: 'history', from: path, version: { version: earlier.version, source }, date });
    }
  }

  return { versions, dates, carriers, current: { version: mostAuthoritative(versions), date: mostAuthoritative(dates) }, history };
}

/** The fact from the most authoritative place (see AUTHORITY), the first found among equals. */
export function mostAuthoritative<T extends { source: FactSource }>(facts: readonly T[]): T | undefined {
  return [...facts].sort((a, b) => AUTHORITY.indexOf(a.source.place) - AUTHORITY.indexOf(b.source.place))[0];
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
