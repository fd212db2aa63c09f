import { readFile } from 'node:fs/promises';
import { planBundle, serializeBundle, serializeZip, type TreeEntry, type ZipTree } from '../../fixtures/bundle.js';
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
