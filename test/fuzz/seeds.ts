import { readFile } from 'node:fs/promises';
import { planBundle, serializeBundle, serializeZip, type TreeEntry, type ZipTree } from '../../fixtures/bundle.js';
import { vib } from '../../fixtures/installer.js';
import {
  deepXml, docStartingPastTheEnd, docWithLoopingChain, htmlNestedDivs, htmlSplitByEmptyElements, markdownDeepBlockquote, markdownDeepList, markdownDottedHeading,
  markdownEmphasisRun, markdownHtmlOfAngles, markdownHugeParagraph, odtRisingOutline, pdfInflatingStream, textOfMailDomainsAndLinks, unclosedBookmarks, xmlOfDisallowedCharacters,
} from '../../fixtures/pathological.js';
import { documentsIn, release, type Release } from '../../fixtures/release.js';
import { mutate, type Random } from './mutate.js';

/** An input the fuzzer mutates: a realistic bundle (mutated at any nesting level), or a corpus archive. */
export interface Seed {
  readonly name: string;
  mutant(random: Random): Promise<{ bytes: Buffer; description: string }>;
}

/** Realistic releases covering the installer kinds and document formats. */
const RELEASES: readonly [string, Partial<Release>][] = [
  ['offline bundle, md/html/txt', {}],
  ['component, docx', { installer: 'component', documents: documentsIn('docx') }],
  ['bare VIB, pdf', { installer: 'vib', documents: documentsIn('pdf') }],
  ['offline bundle, odt', { documents: documentsIn('odt'), wording: 'alternate' }],
  ['exe, rtf', { installer: 'exe', documents: documentsIn('rtf'), wording: 'labelled' }],
];

/** Every file of a bundle plan at every depth, with the tree holding it. */
function nestedFiles(tree: ZipTree, path = ''): { entry: TreeEntry; path: string }[] {
  return tree.entries.flatMap((entry) => {
    const here = `${path}${entry.name}`;
    if (entry.content === undefined) return [];
    if (Buffer.isBuffer(entry.content)) return [{ entry, path: here }];
    return [{ entry, path: here }, ...nestedFiles(entry.content, `${here}!/`)];
  });
}

export function fixtureSeeds(): Seed[] {
  return RELEASES.map(([name, changes]) => ({
    name: `fixture: ${name}`,
    async mutant(random) {
      const described = release(changes);
      const plan = planBundle(described);
      // A third of the mutants damage the bundle's own bytes; the rest one file at any depth, inside intact archives.
      if (random() < 1 / 3) {
        const { bytes, description } = mutate(serializeBundle(plan, described), random);
        return { bytes, description: `bundle: ${description}` };
      }
      const files = nestedFiles(plan.tree);
      const { entry, path } = files[Math.floor(random() * files.length)]!;
      const original = Buffer.isBuffer(entry.content) ? entry.content : serializeZip(entry.content as ZipTree);
      const { bytes, description } = mutate(original, random);
      entry.content = bytes;
      // Stored, a nested archive is read in place; deflated, from memory.
      if (random() < 0.5) entry.spec = { ...entry.spec, method: 'store' };
      return { bytes: serializeBundle(plan, described), description: `${path}: ${description}${entry.spec?.method === 'store' ? ' (stored)' : ''}` };
    },
  }));
}

export async function corpusSeeds(files: ReadonlyMap<string, string>): Promise<Seed[]> {
  const seeds: Seed[] = [];
  for (const [name, path] of files) {
    const original = await readFile(path);
    // The multi-GB bombs are seeds too: their mutants must stop as fast as they do.
    seeds.push({ name: `corpus: ${name}`, mutant: async (random) => mutate(original, random) });
  }
  return seeds;
}

/** A size between `low` and `high`, drawn for a mutant. */
function sized(random: Random, low: number, high: number): number {
  return Math.round(low + random() * (high - low));
}

/**
 * Documents that drove a parser super-linear, deep into recursion or into unbounded memory, at
 * sizes that hung or crashed the linter before it was made linear: pathological nesting,
 * repetition, huge streams, CFB chain loops.
 */
const DOCUMENT_FAMILIES: readonly { readonly name: string; readonly extension: string; make(random: Random): Buffer }[] = [
  { name: 'unclosed [bookmark: markers', extension: 'txt', make: (random) => unclosedBookmarks(sized(random, 100_000, 400_000)) },
  { name: 'Markdown HTML block of <', extension: 'md', make: (random) => markdownHtmlOfAngles(sized(random, 1_000_000, 4_000_000)) },
  { name: 'Markdown *a_ run', extension: 'md', make: (random) => markdownEmphasisRun(sized(random, 5_000, 50_000)) },
  { name: 'Markdown huge paragraph', extension: 'md', make: (random) => markdownHugeParagraph(sized(random, 2_000_000, 16_000_000)) },
  { name: 'Markdown deep blockquote', extension: 'md', make: (random) => markdownDeepBlockquote(sized(random, 1_000, 100_000)) },
  { name: 'Markdown deep list', extension: 'md', make: (random) => markdownDeepList(sized(random, 500, 2_000)) },
  { name: 'Markdown dotted heading', extension: 'md', make: (random) => markdownDottedHeading(sized(random, 50_000, 500_000)) },
  { name: 'HTML split by empty elements', extension: 'html', make: (random) => htmlSplitByEmptyElements(sized(random, 100_000, 400_000)) },
  { name: 'HTML nested divs', extension: 'html', make: (random) => htmlNestedDivs(sized(random, 100_000, 800_000)) },
  { name: 'ODT rising outline levels', extension: 'odt', make: (random) => odtRisingOutline(sized(random, 20_000, 200_000)) },
  { name: 'DOC looping sector chain', extension: 'doc', make: (random) => docWithLoopingChain(sized(random, 4_096, 262_144)) },
  { name: 'DOC stream starting past the end on a FAT cycle', extension: 'doc', make: (random) => docStartingPastTheEnd(sized(random, 4_096, 32_768)) },
  { name: 'PDF inflating content stream', extension: 'pdf', make: (random) => pdfInflatingStream(sized(random, 64, 1_536)) },
  { name: 'text of e-mail domains and links', extension: 'txt', make: (random) => textOfMailDomainsAndLinks(sized(random, 5_000, 50_000)) },
];

/**
 * Realistic bundles with one pathological document in place of the release notes (sometimes
 * mutated too), or with a VIB whose descriptor nests thousands of elements deep.
 */
export function documentSeeds(): Seed[] {
  const families: Seed[] = DOCUMENT_FAMILIES.map((family) => ({
    name: `document: ${family.name}`,
    async mutant(random) {
      const described = release();
      const plan = planBundle(described);
      const docsEntry = plan.tree.entries.find((entry) => entry.name.endsWith('-docs.zip'))!;
      const docs = docsEntry.content as ZipTree;
      const notes = docs.entries.find((entry) => /release/i.test(entry.name)) ?? docs.entries[0]!;
      // Stored, not deflated: repetition compresses so well that the bomb check would stop it before any parser.
      docsEntry.spec = { ...docsEntry.spec, method: 'store' };
      notes.spec = { ...notes.spec, method: 'store' };
      let bytes = family.make(random);
      let description = `${bytes.length} bytes`;
      if (random() < 0.25) ({ bytes, description } = mutate(bytes, random));
      notes.name = `${notes.name.replace(/\.[^./]+$/, '')}.${family.extension}`;
      notes.content = bytes;
      return { bytes: serializeBundle(plan, described), description: `${notes.name}: ${family.name}, ${description}` };
    },
  }));
  const descriptor = descriptorSeed('document: deep VIB descriptor', false, (random) => {
    const depth = sized(random, 1_000, 50_000);
    return { transform: (text) => deepXml(text, depth), description: `descriptor.xml nested ${depth} deep` };
  });
  // Stored, not deflated: a run of NULs compresses so well that the bomb check would stop it before the descriptor is read.
  const disallowed = descriptorSeed('document: VIB descriptor of disallowed characters', true, (random) => {
    const count = sized(random, 100_000, 4_000_000);
    return { transform: (text) => xmlOfDisallowedCharacters(text, count), description: `descriptor.xml with ${count} NUL characters` };
  });
  return [...families, descriptor, disallowed];
}

/** A seed whose VIB descriptor `make` writes; with `stored`, the depot and the VIB are stored rather than deflated. */
function descriptorSeed(name: string, stored: boolean, make: (random: Random) => { transform: (text: string) => string; description: string }): Seed {
  return {
    name,
    async mutant(random) {
      const described = release();
      const plan = planBundle(described);
      const depotEntry = plan.tree.entries.find((entry) => entry.name.endsWith('offline-bundle.zip'))!;
      const vibEntry = (depotEntry.content as ZipTree).entries.find((entry) => entry.name.endsWith('.vib'))!;
      if (stored) {
        depotEntry.spec = { ...depotEntry.spec, method: 'store' };
        vibEntry.spec = { ...vibEntry.spec, method: 'store' };
      }
      const { transform, description } = make(random);
      vibEntry.content = vib(described, transform);
      return { bytes: serializeBundle(plan, described), description };
    },
  };
}
