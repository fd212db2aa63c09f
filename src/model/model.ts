import type { ArchiveEvent } from '../archive/events.js';
export type { DigestName, Digests } from '../formats/digests.js';
export type { DocumentFormat } from '../documents/document.js';
import type { DocumentFormat, ParsedDocument } from '../documents/document.js';
import type { Digests } from '../formats/digests.js';
import type { DepotIndexParse, DescriptorParse, ListedVibParse, ParsedBulletin, PluginPackageParse } from '../formats/installer-metadata.js';
import type { Pkcs7Parse } from '../formats/pkcs7.js';
import type { ManifestLine, ParsedManifest } from '../formats/manifests.js';
import type { Version, VersionKind } from '../formats/versions.js';


/** What the first bytes say a file is, whatever its name claims (`unknown`: its data was not read). */
export type ContentFormat =
  | 'unknown' | 'empty' | 'zip' | 'ooxml' | 'odf' | 'ar' | 'pdf' | 'ole2' | 'rtf' | 'html' | 'xml'
  | 'tar' | 'gzip' | 'bzip2' | 'xz' | '7z' | 'rar' | 'pe' | 'elf' | 'script' | 'text' | 'binary';

/**
 * The role a file plays in a release bundle, from its content and name (first match wins):
 * an ESXi depot (offline bundle or component), a VIB, another archive, an executable or
 * package installer, a checksum manifest, an EULA, open-source notices, another document.
 */
export type FileKind =
  | 'directory' | 'offline-bundle' | 'vib' | 'archive' | 'installer' | 'manifest'
  | 'eula' | 'license-notice' | 'document' | 'other';

export interface BundleFile {
  /** Path in the bundle; entries of nested archives are joined with `!/`. */
  readonly path: string;
  /** Name inside the archive that holds it. */
  readonly name: string;
  /** Path of the archive that holds it (`''`: the bundle itself). */
  readonly archivePath: string;
  /** Archives between the bundle and this file: 0 for the bundle's own entries. */
  readonly depth: number;
  readonly directory: boolean;
  readonly symlink: boolean;
  /** Size its headers declare. */
  readonly size: number;
  /**
   * Present only when the data was read completely and matched its headers; holds the digests
   * something reads (see ReadOptions.digests), possibly none.
   */
  readonly digests: Digests | undefined;
  readonly format: ContentFormat;
  readonly kind: FileKind;
  /** Set for documents (including EULAs and notices): the parser the documents layer uses. */
  readonly documentFormat: DocumentFormat | undefined;
  /** The archive this file is, when it was opened. */
  readonly nested: BundleArchive | undefined;
  readonly modified: Date | undefined;
  /** For a gzip payload of a VIB: size and digests of its decompressed content. */
  readonly gunzipped: { readonly size: number; readonly digests: Digests } | undefined;
}

export interface BundleArchive {
  readonly path: string;
  readonly format: 'zip' | 'ar';
  readonly files: readonly BundleFile[];
}

/** A checksum manifest, parsed, its lines resolved against the files beside it. */
export interface Manifest extends ParsedManifest {
  readonly file: BundleFile;
  readonly entries: readonly ManifestEntry[];
  /** False when its content could not be read (corrupt, larger than the model parses): nothing is known of its lines. */
  readonly readable: boolean;
}

export interface ManifestEntry extends ManifestLine {
  /** The bundle path the line names, relative to the manifest's folder. */
  readonly path: string;
  readonly target: BundleFile | undefined;
}

/** A VIB with its descriptor (undefined when it has no descriptor.xml member), its signature and members. */
export interface Vib {
  readonly file: BundleFile;
  readonly descriptorFile: BundleFile | undefined;
  readonly descriptor: DescriptorParse | undefined;
  /** Its `sig.pkcs7` member, if any. */
  readonly signatureFile: BundleFile | undefined;
  /** That member read as PKCS#7; undefined when it is absent or its bytes could not be read (archive/* says why). */
  readonly signature: Pkcs7Parse | undefined;
  readonly members: readonly BundleFile[];
}

/** An XML index of a depot, parsed; `parse` is undefined when its bytes could not be read. */
export interface DepotIndex {
  readonly file: BundleFile;
  readonly parse: DepotIndexParse | undefined;
}

/** A VIB's entry in a depot's metadata (`metadata.zip!/vibs/*.xml`), parsed. */
export interface DepotListing {
  readonly file: BundleFile;
  readonly parse: ListedVibParse | undefined;
}

/**
 * An ESXi depot (offline bundle or component), or a zip that ships VIBs as one: what esxcli reads
 * to install from it. Index files are those at the depot's top.
 */
export interface Depot {
  readonly file: BundleFile;
  readonly index: DepotIndex | undefined;
  readonly vendorIndex: DepotIndex | undefined;
  readonly metadata: BundleFile | undefined;
  /** The VIB entries of its metadata zip(s). */
  readonly listings: readonly DepotListing[];
  /** Bulletins of its metadata, each naming VIBs by id. */
  readonly bulletins: readonly Bulletin[];
  /** The VIBs it holds (outside its metadata), each with its id from its descriptor. */
  readonly vibs: readonly { readonly file: BundleFile; readonly id: string | undefined }[];
}

/** A vSphere Client plugin package (a zip with `plugin-package.xml`): an installer whose manifest carries its version. */
export interface PluginPackage {
  readonly file: BundleFile;
  readonly manifest: BundleFile;
  /** Undefined when the manifest's bytes could not be read. */
  readonly parse: PluginPackageParse | undefined;
}

/** A bulletin of a depot's metadata. */
export interface Bulletin extends ParsedBulletin {
  readonly file: BundleFile;
}

/** Where a version or date was read: the kind of place, its path, line and text. */
export type FactPlace = 'bundle-name' | 'root-folder' | 'file-name' | 'vib-descriptor' | 'bulletin' | 'plugin-package' | 'release-notes' | 'document-title';

export interface FactSource {
  readonly place: FactPlace;
  /** Bundle path; `''` for the bundle's own name. */
  readonly path: string;
  readonly line?: number;
  readonly text: string;
}

/**
 * How sure a fact is the release's: `high` where the release states it about itself (release notes'
 * current section, installer metadata), `medium` for names given to the release (bundle, root folder,
 * a document's title), `low` for a file's name or a version read from running text.
 */
export type FactConfidence = 'high' | 'medium' | 'low';

export interface VersionFact {
  readonly version: Version;
  readonly source: FactSource;
  /** The product's version (or build), a platform's, a document's revision, or a third-party component's (a file of another name). */
  readonly kind: VersionKind;
  readonly confidence: FactConfidence;
}

export interface DateFact {
  /** YYYY-MM-DD, or YYYY-MM where only a month and year are given (`September 2020`). */
  readonly date: string;
  readonly source: FactSource;
  readonly confidence: FactConfidence;
}

/** A place that must identify the release (installer metadata; release notes), and what it carries. */
export interface SignatureCarrier {
  readonly place: FactPlace;
  readonly path: string;
  readonly requires: { readonly version: boolean; readonly date: boolean };
  readonly versions: readonly VersionFact[];
  readonly dates: readonly DateFact[];
}

/** An earlier release, from the release notes' history or a `--previous` bundle. */
export interface EarlierRelease {
  readonly kind: 'previous-bundle' | 'history';
  /** The previous bundle's path as given, or the release notes' path in the bundle. */
  readonly from: string;
  readonly version: VersionFact | undefined;
  readonly date: DateFact | undefined;
}

/** What a document is for; one document may serve several roles. */
export type DocumentRole = 'release-notes' | 'install-guide' | 'support' | 'eula' | 'license-notice';

/** Where a document's roles were read: the title it shows, its file's name, its file properties' title, or its text. */
export type RoleSource = 'title' | 'name' | 'metadata' | 'content';

/** A document of the bundle, parsed (or not, and why). */
export interface BundleDocument {
  readonly file: BundleFile;
  readonly format: DocumentFormat;
  readonly roles: readonly DocumentRole[];
  /** Where its roles were read (see `documentRoles`); undefined when it has none. */
  readonly rolesFrom: RoleSource | undefined;
  /** Undefined when it could not be read. */
  readonly content: ParsedDocument | undefined;
  /**
   * Why it could not be read: its bytes could not be taken out of the archive (`archive`, which
   * the archive rules report), or they could not be parsed (`document`: corrupt, encrypted…).
   */
  readonly problem: { readonly stage: 'archive' | 'document'; readonly reason: string } | undefined;
}

/** The release signature as the bundle carries it. */
export interface ReleaseFacts {
  /** Every version found, in every place: third-party components' too (their `kind` says so). */
  readonly versions: readonly VersionFact[];
  /** Every date of the current release found, in every place that dates it (not the history's). */
  readonly dates: readonly DateFact[];
  readonly carriers: readonly SignatureCarrier[];
  /**
   * The release's own version, decided by agreement between its places (bundle name, root folder,
   * installer metadata, the release notes' title and current section), as its most authoritative
   * place gives it; its date, only from the places of that release.
   */
  readonly current: { readonly version: VersionFact | undefined; readonly date: DateFact | undefined };
  /** Earlier releases the release notes list. */
  readonly history: readonly EarlierRelease[];
}

/** How the bundle is laid out: what the layout, EULA and naming rules read. */
export interface BundleLayout {
  /** The single folder every top-level entry sits in, with its trailing slash; undefined when there is none. */
  readonly rootFolder: string | undefined;
  /** Top-level offline bundles, components, VIBs and executable or package installers. */
  readonly installers: readonly BundleFile[];
  /** Top-level zips, other than installers, that hold documents. */
  readonly documentArchives: readonly BundleFile[];
  /** Those of them that also hold an installer (documents and installer in one zip), each with the first installer in it. */
  readonly mixedArchives: readonly { readonly archive: BundleFile; readonly installer: BundleFile }[];
}

/** What the run says about the release, beyond the bundle's bytes. */
export interface ReleaseContext {
  /** The date treated as today (`--now`). */
  readonly now: Date;
  /** Earlier released bundles of the same product (`--previous`), with the signature each carries. */
  readonly previous: readonly EarlierRelease[];
  /** The partner's landing page for this release (`--landing-page`), read once for the run; undefined without the option. */
  readonly landingPage?: LandingPage;
  /** Who the partner is, as the configuration says (`partner` in bundlelint.config.json); none by default. */
  readonly partner?: PartnerConfiguration;
}

/** A fact a landing page states, with the line of the page and the text it was read from. */
export interface LandingFact<T> {
  readonly value: T;
  readonly text: string;
  readonly line: number | undefined;
}

/** A document a landing page lists: the file it links to or names, else the words it is listed by, and the roles they give it. */
export interface LandingDocument {
  /** File name, when the page links to the document's file or names it (`Corvid_Release_Notes.pdf`). */
  readonly fileName: string | undefined;
  /** The text the page lists it by. */
  readonly text: string;
  readonly roles: readonly DocumentRole[];
  readonly line: number | undefined;
}

/** What a landing page's link is to, as its target and words say: the partner's support policy, VMware's Compatibility Guide. */
export type LandingLinkPurpose = 'support-policy' | 'compatibility-guide';

export interface LandingLink {
  /** The target, made absolute against the page's address when it was fetched. */
  readonly href: string;
  /** The text it shows. */
  readonly text: string;
  readonly line: number | undefined;
  /** What it links to; undefined when it is none of the purposes. */
  readonly purpose: LandingLinkPurpose | undefined;
  /** A purpose its words name while its target is not that (a "VMware Compatibility Guide" link to another site): the closest candidate. */
  readonly resembles: LandingLinkPurpose | undefined;
}

/**
 * The partner's landing page for the release (saved HTML or a URL fetched once), read into the
 * facts the program guide asks it to show. Each fact lists every labelled statement of it, in the
 * page's order (a page may list several downloads, each with its checksums and size).
 */
export interface LandingPage {
  /** The file path or URL as given. */
  readonly source: string;
  /** How messages name it: a file's name, or the address. */
  readonly name: string;
  /** Why the page could not be read (no answer, an error status, too large, not text); nothing else is known then. */
  readonly problem: string | undefined;
  readonly versions: readonly LandingFact<Version>[];
  /** YYYY-MM-DD, or YYYY-MM for a month. */
  readonly dates: readonly LandingFact<string>[];
  /** Lower-case hex. */
  readonly md5: readonly LandingFact<string>[];
  readonly sha1: readonly LandingFact<string>[];
  /** Sizes as stated: the bytes the figure gives, and the bytes one unit of its last shown digit stands for (the rounding it allows). */
  readonly sizes: readonly LandingFact<LandingSize>[];
  readonly documents: readonly LandingDocument[];
  readonly links: readonly LandingLink[];
}

/** A stated size: `1.2 MB` is 1.2 × 10^6 bytes (or × 2^20: pages use both), give or take half of 0.1 MB. */
export interface LandingSize {
  /** Each reading of the figure in bytes (decimal and binary units both, for kB/MB/GB). */
  readonly bytes: readonly number[];
  /** Half the value of one unit of the last digit shown, for each reading: how far rounding may have moved it. */
  readonly tolerance: readonly number[];
}

/** What `--check-links` found at one address the documents give. */
export interface LinkCheck {
  readonly url: string;
  /** The first document that gives it. */
  readonly path: string;
  /**
   * `live`: it answered 2xx or 3xx (after redirects); `no-answer`: no HTTP answer (refused, timed out,
   * no such host, too many redirects); `error-status`: 4xx or 5xx; `not-found-page`: a 2xx page whose
   * title or heading says the page was not found (a soft 404); `unchecked`: not fetched, past the
   * number of addresses checked per bundle.
   */
  readonly outcome: 'live' | 'no-answer' | 'error-status' | 'not-found-page' | 'unchecked';
  readonly status: number | undefined;
  /** What happened, for messages: `connection refused`, `timed out after 5 s`, the not-found page's heading. */
  readonly detail: string;
}

/** The partner's names and domains as the configuration gives them. */
export interface PartnerConfiguration {
  readonly names: readonly string[];
  readonly domains: readonly string[];
}

/** Where the partner's name or domain was read: the configuration, installer metadata's vendor, a copyright line, an e-mail address, the bundle's name. */
export type IdentitySource = 'configuration' | 'vendor' | 'copyright' | 'e-mail' | 'bundle-name';

export interface IdentityClue {
  /** A name as written ("Acme Storage, Inc."), or a domain in lower case ("acme-storage.com"). */
  readonly text: string;
  readonly source: IdentitySource;
  /** The file it was read in (`''`: the bundle's own name); none for the configuration. */
  readonly path?: string;
}

/** Who the partner is, read once per bundle (see `partnerIdentity`). */
export interface PartnerIdentity {
  readonly names: readonly IdentityClue[];
  readonly domains: readonly IdentityClue[];
  /** Whether anything names the partner: when nothing does, no host can be told to be the partner's. */
  readonly known: boolean;
}

/** The read-only view of one bundle that rules receive. */
export interface Bundle {
  /** The bundle's path as given on the command line. */
  readonly path: string;
  readonly size: number;
  /** Digests of the bundle file itself; none when limits.maxSeconds stopped reading before its end. */
  readonly digests: Digests;
  /** The bundle's own archive; undefined when it could not be opened at all. */
  readonly root: BundleArchive | undefined;
  /** Every entry at every depth, in reading order. */
  readonly files: readonly BundleFile[];
  /** Everything the safe reader noticed. */
  readonly events: readonly ArchiveEvent[];
  /**
   * False when some content could not be read (an unreadable or encrypted entry, a tripped
   * limit…): rules that would report something as missing stay silent then, as it may be there.
   */
  readonly fullyRead: boolean;
  readonly layout: BundleLayout;
  /** Checksum manifests at every depth. */
  readonly manifests: readonly Manifest[];
  readonly vibs: readonly Vib[];
  readonly bulletins: readonly Bulletin[];
  /** Offline bundles and components, and zips named or made like one. */
  readonly depots: readonly Depot[];
  readonly pluginPackages: readonly PluginPackage[];
  readonly context: ReleaseContext;
  /** Every document at every depth, each parsed once, on first call. */
  documents(): Promise<readonly BundleDocument[]>;
  /** The release signature in names, installer metadata and documents (parses the documents). */
  release(): Promise<ReleaseFacts>;
  /** With `--check-links`, what each partner address the documents give answered (fetched once, before rules run); undefined without it. */
  linkChecks(): Promise<readonly LinkCheck[] | undefined>;
  /** Who the partner is, from the configuration, installer metadata, documents and the bundle's name (parses the documents). */
  partner(): Promise<PartnerIdentity>;
  file(path: string): BundleFile | undefined;
}
