import { basename } from 'node:path';
import type { ArchiveEventType, EventOf } from '../archive/events.js';
import type { VibDescriptor } from '../formats/installer-metadata.js';
import type { Bundle, BundleDocument, DocumentRole, EarlierRelease, FactPlace, FactSource, Vib } from './model.js';

/** The reader's events of the given types, in the order they happened. */
export function eventsOf<T extends ArchiveEventType>(bundle: Bundle, ...types: T[]): EventOf<T>[] {
  return bundle.events.filter((event): event is EventOf<T> => (types as string[]).includes(event.type));
}

/** How messages name what a document is for. */
export const ROLE_NAMES: Readonly<Record<DocumentRole, string>> = {
  'release-notes': 'release notes',
  'install-guide': 'installation guide',
  support: 'support process',
  eula: 'EULA',
  'license-notice': 'open-source notices',
};

/** How messages name a path: its name inside the archive holding it, or the bundle's file name. */
export function displayName(bundle: Bundle, path: string): string {
  if (path === '') return basename(bundle.path);
  const nested = path.lastIndexOf('!/');
  return nested < 0 ? path : path.slice(nested + 2);
}

const PLACES: Record<FactPlace, (name: string) => string> = {
  'bundle-name': () => 'the bundle name',
  'root-folder': () => 'the root folder',
  'file-name': (name) => `the name of ${name}`,
  'vib-descriptor': (name) => `the descriptor of ${name}`,
  bulletin: (name) => `the bulletin ${name}`,
  'plugin-package': (name) => `the plugin package manifest ${name}`,
  'release-notes': (name) => `the release notes ${name}`,
  'document-title': (name) => `the title of ${name}`,
};

/** A place that carries facts, for messages: "the descriptor of CVD_bootbank_x.vib". */
export function describePlace(bundle: Bundle, place: FactPlace, path: string): string {
  // A descriptor is named by its VIB, not by "descriptor.xml".
  const named = place === 'vib-descriptor' ? path.replace(/!\/[^!]*$/, '') : path;
  return PLACES[place](displayName(bundle, named));
}

/** Where a fact was read and the text it was read from: 'the bundle name ("x-3.2.1")'. */
export function describeSource(bundle: Bundle, source: FactSource): string {
  return `${describePlace(bundle, source.place, source.path)} ("${source.text}")`;
}

/** How messages name an earlier release. */
export function describeEarlier(bundle: Bundle, earlier: EarlierRelease): string {
  return earlier.kind === 'previous-bundle' ? `the previous bundle ${earlier.from}` : `the earlier release listed in ${displayName(bundle, earlier.from)}`;
}

/** A VIB's descriptor when it could be parsed; undefined when missing or not well-formed (vib/descriptor's findings). */
export function parsedDescriptor(vib: Vib): VibDescriptor | undefined {
  return vib.descriptor && 'descriptor' in vib.descriptor ? vib.descriptor.descriptor : undefined;
}

/** A finding's location from anything with a path and perhaps a line (a fact's source). */
export function locationOf(at: { readonly path: string; readonly line?: number }): { path: string; line?: number } {
  return at.line === undefined ? { path: at.path } : { path: at.path, line: at.line };
}

/** Whether a file lies inside an archive, at any depth. */
export function isInside(file: { readonly path: string }, archive: { readonly path: string }): boolean {
  return file.path.startsWith(`${archive.path}!/`);
}

/**
 * The paths of the archives a path lies in, outermost first: `a.zip!/b.zip!/c.txt` lies in `a.zip` and
 * `a.zip!/b.zip` (isInside's test, one prefix at a time). Looked up in a set of archives' paths, it
 * answers "inside any of them" without searching them all: a hostile bundle holds thousands.
 */
export function enclosingArchives(path: string): string[] {
  const archives: string[] = [];
  for (let at = path.indexOf('!/'); at >= 0; at = path.indexOf('!/', at + 2)) archives.push(path.slice(0, at));
  return archives;
}

/** Whether a file lies inside any of the archives whose paths are given. */
export function insideAny(file: { readonly path: string }, archives: ReadonlySet<string>): boolean {
  return enclosingArchives(file.path).some((path) => archives.has(path));
}

const installerPaths = new WeakMap<Bundle['layout'], ReadonlySet<string>>();

function installerPathsOf(bundle: Bundle): ReadonlySet<string> {
  let paths = installerPaths.get(bundle.layout);
  if (!paths) installerPaths.set(bundle.layout, (paths = new Set(bundle.layout.installers.map((installer) => installer.path))));
  return paths;
}

/** Whether a file lies inside one of the bundle's installers: the installer's own copy, not one delivered for reading. */
export function insideInstaller(bundle: Bundle, file: { readonly path: string }): boolean {
  return insideAny(file, installerPathsOf(bundle));
}

/** Whether a document is blank: no bytes, or no text once parsed (a PDF of blank pages, a DOCX of empty paragraphs). */
export function isBlank(document: BundleDocument): boolean {
  return document.file.size === 0 || document.content?.text.trim() === '';
}

/**
 * The files the installers ship, by name, with where each is named: every file inside a top-level
 * installer (at any depth), and every path a VIB descriptor's file list says its payloads install.
 */
export function shippedFiles(bundle: Bundle): { name: string; location: { path: string; line?: number } }[] {
  const installers = installerPathsOf(bundle);
  const inInstallers = bundle.files.filter((file) => !file.directory && (installers.has(file.path) || insideAny(file, installers)));
  const listed = bundle.vibs.flatMap((vib) => (parsedDescriptor(vib)?.files ?? []).map((file) => ({ name: file.text, location: { path: vib.descriptorFile!.path, line: file.line } })));
  return [...inInstallers.map((file) => ({ name: file.name, location: { path: file.path } })), ...listed];
}
