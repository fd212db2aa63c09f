/**
 * Third-party components recognised by the names of the files that ship them: a shared library
 * with its version (`libssl.so.3`, `libcurl-8.5.0.so`), or a versioned Java archive, tarball or
 * package (`jackson-core-2.15.2.jar`, `openssl-3.0.13.tar.gz`). A name without a version
 * identifies nothing, and is taken for the partner's own.
 */
export interface Component {
  /** As the file names it: `ssl`, `jackson-core`. */
  readonly name: string;
  /** What notices usually call it: the project (`openssl` for libssl), else the file's name for it. */
  readonly project: string;
  readonly version: string;
  /** Words any of which, in the notices, names the component: `libssl`, `openssl`. */
  readonly aliases: readonly string[];
}

const SHARED_OBJECT = /^lib([a-z][\w+]*(?:-[a-z][\w+]*)*?)(?:-(\d+(?:\.\d+)*))?\.so(?:\.(\d+(?:\.\d+)*))?$/i;
/**
 * A name's words, joined by '-' or '.', or by '_' to a word that may open with a digit ("openssl_1_1", "lib_x86_64"), then its version
 * and what may follow it. No run of characters can be read two ways: '_' as a word's letter and as a separator, or a version's
 * digits split between its number and its suffix, were tried every way (exponential, then quadratic, in a hostile name).
 */
const VERSIONED_ARCHIVE = /^([a-z][a-z\d+]*(?:[-.][a-z][a-z\d+]*|_[a-z\d+]+)*)[-_]v?(\d+(?:\.\d+)+(?:[-.](?:final|release|ga|[a-z]*\d*)|[a-z]+\d*)?)\.(jar|war|ear|tar\.gz|tgz|tar\.bz2|tar\.xz|zip|whl|gem|rpm)$/i;
/** A file system keeps names to 255 bytes: a longer one (in a descriptor's file list, whose text is not bounded) is no component's. */
const NAME_LENGTH = 255;
/** The projects some libraries are known by. */
const PROJECTS: Readonly<Record<string, readonly string[]>> = {
  ssl: ['openssl'], crypto: ['openssl'], z: ['zlib'], 'stdc++': ['gcc', 'libstdc++'], gcc_s: ['gcc'], xml2: ['libxml2'], ssh2: ['libssh2'],
  curl: ['curl', 'libcurl'], pcre: ['pcre'], pcre2: ['pcre2'], sqlite3: ['sqlite'], bz2: ['bzip2'], lzma: ['xz', 'liblzma'], ffi: ['libffi'], uuid: ['util-linux', 'libuuid'],
};
/** First words of artifact names too common to name a project by themselves. */
const GENERIC_PREFIXES = new Set(['commons', 'common', 'core', 'api', 'util', 'utils', 'lib', 'java', 'javax', 'jakarta', 'org', 'com']);

export function componentOf(fileName: string): Component | undefined {
  const base = fileName.slice(fileName.lastIndexOf('/') + 1);
  if (base.length > NAME_LENGTH) return undefined;
  const library = SHARED_OBJECT.exec(base);
  if (library) {
    const [, name, infix, suffix] = library;
    const version = infix ?? suffix;
    if (!version) return undefined;
    const projects = PROJECTS[name!.toLowerCase()] ?? [];
    return { name: name!, project: projects[0] ?? `lib${name}`, version, aliases: unique([`lib${name}`, ...(name!.length >= 4 ? [name!] : []), ...projects]) };
  }
  const archive = VERSIONED_ARCHIVE.exec(base);
  if (!archive) return undefined;
  const [, name, version] = archive;
  const first = name!.split(/[-_.]/)[0]!;
  return { name: name!, project: name!, version: version!, aliases: unique([name!, ...(first !== name && first.length >= 4 && !GENERIC_PREFIXES.has(first.toLowerCase()) ? [first] : [])]) };
}

/** Whether a text names the component by one of its aliases, as a word of its own, in any case. */
export function namesComponent(text: string, component: Component): boolean {
  return component.aliases.some((alias) => new RegExp(`(?<![\\w.+-])${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w+])`, 'i').test(text));
}

function unique(words: readonly string[]): string[] {
  return [...new Set(words)];
}
