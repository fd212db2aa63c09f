/**
 * The format-invariance check: `node dist/test/eval/invariance.js RENDERINGS [--json FILE]` lints
 * each development-part document of the real corpus that RENDERINGS holds renderings of (made by
 * render-development.sh: RENDERINGS/<format>/<name>.<ext>, by LibreOffice and as TextEdit saves RTF) and each of its renderings, every one as
 * the documentation of an otherwise compliant bundle with the original's label, and prints where a
 * rendering reads differently from its original: roles, title, release facts, each document rule's
 * verdict. The question is whether a format reader loses what the original says, not whether the
 * original is read right (that is `npm run eval`). Test-part documents are refused.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { builtinRules } from '../../rules/index.js';
import { corpusUnits, type Unit } from './corpus.js';
import { packageRoot } from '../../src/package-root.js';
import { expectedFindings, readUnit, type DocumentReading } from './evaluate.js';

const CORPUS = join(packageRoot, 'test', 'data', 'real');

const FACTS = ['roles', 'title', 'version', 'date', 'history', 'product'] as const satisfies readonly (keyof DocumentReading)[];

const { values, positionals } = parseArgs({ allowPositionals: true, options: { json: { type: 'string' } } });
const renderings = resolve(positionals[0] ?? '');
const formats = readdirSync(renderings).filter((folder) => !['html', 'text'].includes(folder)).sort();
const registered = new Set(builtinRules.map((rule) => rule.meta.id));
// Originals: single-document units of the development part that have a rendering (not the corpus's own renderings).
const rendered = new Set(formats.flatMap((format) => readdirSync(join(renderings, format)).map((file) => basename(file, extname(file)))));
const originals = corpusUnits(CORPUS).filter((unit) => unit.documents.length === 1 && !unit.name.startsWith('renderings/') && rendered.has(basename(unit.name, extname(unit.name))));
const refused = originals.filter((unit) => unit.part !== 'development');
if (refused.length > 0) throw new Error(`not development-part documents: ${refused.map((unit) => unit.name).join(', ')}`);

type Counts = Map<string, { same: number; total: number }>;
const count = (counts: Counts, key: string, same: boolean) => {
  const entry = counts.get(key) ?? { same: 0, total: 0 };
  entry.same += same ? 1 : 0;
  entry.total += 1;
  counts.set(key, entry);
};
const facts: Counts = new Map();
const rules: Counts = new Map();
const differences: string[] = [];
const shown = (value: unknown) => JSON.stringify(Array.isArray(value) ? [...value].sort() : value);
/** A history's change in few words: the versions lost and gained, or that only their order changed. */
const historyChange = (before: string, after: string) => {
  const [was, is] = [before, after].map((history) => (history ? history.split(', ') : []));
  const lost = was!.filter((version) => !is!.includes(version));
  const gained = is!.filter((version) => !was!.includes(version));
  return lost.length + gained.length === 0 ? 'same versions, another order' : `lost ${lost.length} (${lost.slice(0, 5).join(', ')}), gained ${gained.length} (${gained.slice(0, 5).join(', ')})`;
};
const scratch = await mkdtemp(join(tmpdir(), 'bundlelint-invariance-'));
try {
  for (const [index, original] of originals.entries()) {
    const directory = join(scratch, String(index));
    const reference = await readUnit(original, CORPUS, join(directory, 'original'));
    const read = reference.documents.get(original.name)!;
    const judged = [...expectedFindings(original.label).keys()].filter((id) => registered.has(id));
    for (const format of formats) {
      const file = readdirSync(join(renderings, format)).find((name) => basename(name, extname(name)) === basename(original.name, extname(original.name)));
      if (!file) continue;
      // A rendering is a unit of one document with the original's label, read from outside the corpus.
      const unit: Unit = { ...original, name: join(renderings, format, file), documents: [{ file: join(renderings, format, file), label: original.label }] };
      const reading = await readUnit(unit, '/', join(directory, format));
      const other = reading.documents.get(unit.name)!;
      for (const fact of FACTS) {
        if (read[fact] === undefined) continue;
        const same = shown(read[fact]) === shown(other[fact]);
        count(facts, `${fact} ${format}`, same);
        count(facts, `${fact} all`, same);
        if (!same) differences.push(`${original.name} [${format}] ${fact}: ${fact === 'history' ? historyChange(read.history!, other.history!) : `${shown(read[fact])} -> ${shown(other[fact])}`}`);
      }
      for (const id of judged) {
        const same = reference.fired.has(id) === reading.fired.has(id);
        count(rules, `${id} ${format}`, same);
        count(rules, `${id} all`, same);
        if (!same) differences.push(`${original.name} [${format}] ${id}: ${reference.fired.has(id) ? 'fired' : 'silent'} -> ${reading.fired.has(id) ? 'fired' : 'silent'}`);
      }
    }
  }
} finally {
  await rm(scratch, { recursive: true, force: true });
}

const table = (title: string, counts: Counts) => {
  const keys = [...new Set([...counts.keys()].map((key) => key.slice(0, key.lastIndexOf(' '))))].sort();
  const columns = [...formats, 'all'];
  const cell = (key: string, format: string) => {
    const entry = counts.get(`${key} ${format}`);
    return entry ? `${entry.same}/${entry.total}` : '';
  };
  return [`| ${title} | ${columns.join(' | ')} |`, `|---|${columns.map(() => '---:').join('|')}|`, ...keys.map((key) => `| ${key} | ${columns.map((format) => cell(key, format)).join(' | ')} |`)].join('\n');
};
const total = (counts: Counts) => [...counts].filter(([key]) => key.endsWith(' all')).reduce((sum, [, entry]) => ({ same: sum.same + entry.same, total: sum.total + entry.total }), { same: 0, total: 0 });
console.log(`${originals.length} development documents, ${formats.length} renderings each (${formats.join(', ')}); read identically / compared:\n`);
console.log(table('fact', facts));
console.log();
console.log(table('rule verdict', rules));
const all = [total(facts), total(rules)];
console.log(`\nfacts ${all[0]!.same}/${all[0]!.total}, rule verdicts ${all[1]!.same}/${all[1]!.total}\n\nDifferences:\n${differences.join('\n')}`);
if (values.json) writeFileSync(values.json, `${JSON.stringify({ facts: Object.fromEntries(facts), rules: Object.fromEntries(rules), differences }, null, 2)}\n`);
