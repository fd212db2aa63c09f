import { basename } from 'node:path';
import { defaultLimits, type Limits } from './archive/limits.js';
import { removeTempDirectory } from './archive/temp.js';
import type { Bundle, BundleDocument, DocumentRole } from './model/model.js';
import { readBundle } from './scan/read.js';
import { compareNodes, findVersion, formatVersion } from './formats/versions.js';
import { requireFile } from './lint.js';

/** What the program guide's landing page for a release shows, as read from its bundle. */
export interface Description {
  /** The path as given. */
  readonly bundle: string;
  readonly product: string | undefined;
  /** `3.2.1 build 4471` (the build from any place giving the same version); undefined when no place gives one. */
  readonly version: string | undefined;
  /** YYYY-MM-DD. */
  readonly releaseDate: string | undefined;
  readonly size: number;
  readonly md5: string;
  readonly sha1: string;
  readonly documents: readonly { readonly path: string; readonly format: string; readonly roles: readonly DocumentRole[]; readonly title: string | undefined }[];
}

/**
 * Reads one bundle for its landing-page facts: product, version and release date (from the same
 * places the signature rules read), MD5 and SHA-1 of the bundle file, its size, its documents.
 */
export async function describe(path: string, options: { limits?: Partial<Limits> } = {}): Promise<Description> {
  await requireFile(path);
  const session = await readBundle(path, {
    limits: { ...defaultLimits, ...options.limits },
    bundleDigests: ['md5', 'sha1'],
    context: { now: new Date(), previous: [] },
  });
  try {
    const { bundle } = session;
    const documents = await bundle.documents();
    const { current, versions } = await bundle.release();
    // The release notes may leave out the build that the bundle's name or the VIB gives for the same version.
    const build = current.version && (current.version.version.build ?? versions.find(({ version }) => version.build !== undefined && compareNodes(version, current.version!.version) === 0)?.version.build);
    return {
      bundle: path,
      product: productOf(bundle, documents),
      version: current.version && formatVersion({ ...current.version.version, build }),
      releaseDate: current.date?.date,
      size: bundle.size,
      md5: bundle.digests.md5!,
      sha1: bundle.digests.sha1!,
      documents: documents.map(({ file, format, roles, content }) => ({ path: file.path, format, roles, title: content?.title })),
    };
  } finally {
    await session.close();
    removeTempDirectory();
  }
}

/** A document's own words around a product's name: `Release Notes for …`, `… Installation and Configuration Guide`. */
const ROLE_WORD = String.raw`(?:release notes?|installation|configuration|install|setup|user|admin(?:istration)?|guide|and|for|version|release|rel|v)\b\.?`;
const SEPARATORS = String.raw`[\s\-–—:,|_]`;
const LEADING = new RegExp(String.raw`^(?:${SEPARATORS}*\b${ROLE_WORD})*${SEPARATORS}*`, 'i');
const TRAILING = new RegExp(String.raw`(?:${SEPARATORS}*\b${ROLE_WORD})*${SEPARATORS}*$`, 'i');

/**
 * The product's name: what the release notes' title (else a guide's, a bulletin's summary, the
 * bundle's name) says before its version, without the document's own words.
 */
function productOf(bundle: Bundle, documents: readonly BundleDocument[]): string | undefined {
  const title = (role: DocumentRole) => documents.find((document) => document.roles.includes(role) && document.content?.title)?.content?.title;
  const candidates = [title('release-notes'), title('install-guide'), ...bundle.bulletins.map((bulletin) => bulletin.summary?.text), basename(bundle.path).replace(/\.zip$/i, '')];
  for (const candidate of candidates) {
    if (!candidate) continue;
    // Titles come from untrusted documents: a name is short, and the patterns stay cheap on a bounded text.
    const text = candidate.slice(0, 200);
    const version = findVersion(text);
    const before = version ? text.slice(0, text.indexOf(version.text)) : text;
    const name = before.replace(LEADING, '').replace(TRAILING, '');
    if (name !== '') return name;
  }
  return undefined;
}
