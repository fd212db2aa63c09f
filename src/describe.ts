import { basename } from 'node:path';
import { defaultLimits, type Limits } from './archive/limits.js';
import { removeTempDirectory } from './archive/temp.js';
import type { Bundle, BundleDocument, DocumentRole, Vib } from './model/model.js';
import { readBundle } from './scan/read.js';
import { compareNodes, findVersion, formatVersion } from './formats/versions.js';
import { requireFile } from './lint.js';
import { roleWords } from './release/roles.js';

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
  /** Each VIB's signers (certificate subjects; how the signer is referenced when its certificate is absent), `unsigned`, or `no readable signature`. */
  readonly signatures: readonly { readonly vib: string; readonly signedBy: string }[];
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
      signatures: bundle.vibs.map((vib) => ({ vib: vib.file.path, signedBy: signedBy(vib) })),
    };
  } finally {
    await session.close();
    removeTempDirectory();
  }
}

/** Who signed a VIB, as its signature says (not verified: see vib/signature). */
function signedBy(vib: Vib): string {
  if (!vib.signatureFile || vib.signatureFile.size === 0) return 'unsigned';
  if (!vib.signature || 'error' in vib.signature || vib.signature.signature.signers.length === 0) return 'no readable signature';
  return vib.signature.signature.signers.map((signer) => signer.subject ?? signer.reference).join('; ');
}

/** Words that name a document as release notes or a guide, in the titles whose product is sought. */
const NAMING = (['release-notes', 'install-guide'] as const).flatMap((role) => roleWords(role, 'title')).map((words) => words.source).join('|');
/** Other words of such titles: a guide's ("Installation and Configuration Guide"), and those before a version. */
const FILLERS = String.raw`configuration|user|admin(?:istration)?|guide|and|for|version|release|rel|v`;
/** One of a title's own words; a naming word may be the start of one ("Install…", "Deploy…"). */
const WORD = String.raw`\b(?:(?:${NAMING})\w*|(?:${FILLERS})\b)\.?`;
const SEPARATORS = String.raw`[\s\-–—:,|_]`;
const FIRST_WORD = new RegExp(String.raw`^${SEPARATORS}*${WORD}`, 'i');
const LAST_WORD = new RegExp(String.raw`${WORD}${SEPARATORS}*$`, 'i');
const EDGE_SEPARATORS = new RegExp(String.raw`^${SEPARATORS}+|${SEPARATORS}+$`, 'g');

/**
 * The product's name: what the release notes' title (else a guide's, a bulletin's summary, the
 * bundle's name) says before its version, without the document's own words.
 */
function productOf(bundle: Bundle, documents: readonly BundleDocument[]): string | undefined {
  const title = (role: DocumentRole) => documents.find((document) => document.roles.includes(role) && document.content?.title)?.content?.title;
  const candidates = [title('release-notes'), title('install-guide'), ...bundle.bulletins.map((bulletin) => bulletin.summary?.text), basename(bundle.path).replace(/\.zip$/i, '')];
  for (const candidate of candidates) {
    const name = candidate && productIn(candidate);
    if (name) return name;
  }
  return undefined;
}

/** The product a title names: `Release Notes for Heron Storage and Backup Adapter 3.2.1` → `Heron Storage and Backup Adapter`. */
export function productIn(title: string): string {
  // Titles come from untrusted documents: a name is short, and the patterns stay cheap on a bounded text.
  const text = title.slice(0, 200);
  const version = findVersion(text);
  let name = version ? text.slice(0, text.indexOf(version.text)) : text;
  // A word at a time: one pattern for a run of words backtracks exponentially where words overlap ("configuration guide").
  for (let word = FIRST_WORD.exec(name); word; word = FIRST_WORD.exec(name)) name = name.slice(word[0].length);
  for (let word = LAST_WORD.exec(name); word; word = LAST_WORD.exec(name)) name = name.slice(0, word.index);
  return name.replace(EDGE_SEPARATORS, '');
}
