import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

/**
 * The layers of the code, lowest first: a file may import its own layer and those below it,
 * never one above. Each layer is a folder (or a few files) with one job.
 */
export const LAYERS: readonly (readonly [name: string, paths: readonly string[]])[] = [
  ['base', ['src/errors.ts', 'src/package-root.ts', 'src/day.ts', 'src/json-schema-type.ts']],
  ['archive', ['src/archive/']],
  ['formats', ['src/formats/']],
  ['documents', ['src/documents/']],
  ['model', ['src/model/']],
  ['release', ['src/release/']],
  ['scan', ['src/scan/']],
  ['engine', ['src/engine/']],
  ['kit', ['rules/kit/']],
  ['rules', ['rules/']],
  ['config', ['src/config/']],
  ['lint', ['src/lint.ts']],
  ['describe', ['src/describe.ts']],
  ['fix', ['src/fix/']],
  ['init', ['src/init/']],
  ['report', ['src/report/', 'src/rule-docs.ts']],
  ['cli', ['src/cli/', 'src/index.ts']],
];

/** The layer of a file (the most specific path that holds it), as its index in LAYERS. */
export function layerOf(file: string): number {
  let best = -1;
  let length = -1;
  LAYERS.forEach(([, paths], index) => {
    for (const path of paths) if ((file === path || (path.endsWith('/') && file.startsWith(path))) && path.length > length) [best, length] = [index, path.length];
  });
  if (best < 0) throw new Error(`${file} belongs to no layer: add it to LAYERS`);
  return best;
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)'([^']+)'/g;

/** The repository-relative `.ts` files a source file imports (statically, dynamically, types too), and the packages. */
export function importsOf(file: string, text: string): { files: string[]; packages: string[] } {
  const files: string[] = [];
  const packages: string[] = [];
  for (const [, specifier] of text.matchAll(SPECIFIER)) {
    if (specifier!.startsWith('.')) files.push(normalize(join(dirname(file), specifier!)).replace(/\.js$/, '.ts'));
    else packages.push(specifier!);
  }
  return { files, packages };
}

/** Every TypeScript source under `folders` of `root`, repository-relative, with its text. */
export function sourcesOf(root: string, folders: readonly string[]): Map<string, string> {
  const sources = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
      const path = `${folder}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) sources.set(relative(root, join(root, path)), readFileSync(join(root, path), 'utf8'));
    }
  };
  folders.forEach(walk);
  return sources;
}

/** Imports that go up a layer: `file → target (layer → layer)`. */
export function upwardImports(sources: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const [file, text] of sources) {
    for (const target of importsOf(file, text).files) {
      if (layerOf(target) > layerOf(file)) problems.push(`${file} → ${target} (${LAYERS[layerOf(file)]![0]} → ${LAYERS[layerOf(target)]![0]})`);
    }
  }
  return problems;
}

/** Rule modules that import anything of ours but the kit and other rules. */
export function rulesBesideTheKit(sources: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const [file, text] of sources) {
    if (!file.startsWith('rules/') || file.startsWith('rules/kit/')) continue;
    for (const target of importsOf(file, text).files) {
      if (target !== 'rules/kit/index.ts' && (!target.startsWith('rules/') || target.startsWith('rules/kit/'))) problems.push(`${file} → ${target}`);
    }
  }
  return problems;
}

/** Import circles among the files, each as the path that closes it. */
export function circles(sources: ReadonlyMap<string, string>): string[] {
  const found: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const target of importsOf(file, sources.get(file) ?? '').files) {
      if (!sources.has(target)) continue;
      if (state.get(target) === 'open') found.push([...stack.slice(stack.indexOf(target)), target].join(' → '));
      else if (!state.has(target)) visit(target);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of [...sources.keys()].sort()) if (!state.has(file)) visit(file);
  return found;
}
