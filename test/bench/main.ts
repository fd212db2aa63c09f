/**
 * `npm run bench -- [--starts 11] [--nodes 22,24] [--starts-only] [--gib 1,2.5] [--pairs 3] [--small 50] [--entries 20000] [--cache DIR]`:
 * first the everyday commands against bare Node (`node -e 0`), alternating A B A B… `--starts`
 * times each, as the ratio of their medians: `bundlelint --version` and the lint of `npm run demo`'s
 * bundle, on the Node running the bench and on each major version of `--nodes` that
 * `npx -y node@<major>` provides (skipped when it cannot); `--starts-only` stops there.
 * Then `bundlelint lint` against the native tools doing the same checks (unzip, md5sum -c,
 * sha1sum -c, unzip -t, ar x, sha256sum, sha1sum), alternating, on a compliant bundle with a
 * large VIB payload; then the demo-sized bundle alone, a folder of small bundles in one run and a
 * zip of many small files; then what a long PDF installation guide adds to a lint, against
 * `pdftotext` reading it when installed.
 * Bundles are generated once into the cache (outside the repository) and reused.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { cpus, homedir, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeBundle } from '../../fixtures/bundle.js';
import { DEMO_DEFECTS } from '../../fixtures/defects.js';
import { release } from '../../fixtures/release.js';
import { packageRoot } from '../../src/package-root.js';
import { largeBundle, manySmallFiles, smallBundles } from './generate.js';
import { pdfGuideBundles } from './pdf-guide.js';

const { values } = parseArgs({
  options: {
    starts: { type: 'string', default: '11' },
    nodes: { type: 'string', default: '22,24' },
    'starts-only': { type: 'boolean', default: false },
    gib: { type: 'string', default: '1' },
    pairs: { type: 'string', default: '3' },
    small: { type: 'string', default: '50' },
    entries: { type: 'string', default: '20000' },
    'pdf-pages': { type: 'string', default: '300' },
    cache: { type: 'string', default: process.env.BUNDLELINT_BENCH_CACHE ?? join(homedir(), '.cache', 'bundlelint-bench') },
  },
});
const bin = join(packageRoot, 'bin', 'bundlelint');

/** The checks a reviewer runs by hand, as one shell script; extraction goes to `$2`. */
const NATIVE = `set -euo pipefail
cd "$2"
unzip -q "$1"
cd ./*/
md5sum -c --quiet MD5SUMS
sha1sum -c --quiet SHA1SUMS
unzip -tq ./*-docs.zip >/dev/null
mkdir depot && cd depot
unzip -q ../*-offline-bundle.zip
cd vib20/*/
ar x ./*.vib
payload=$(ar t ./*.vib | tail -n 1)
sha256sum "$payload" >/dev/null
sha1sum "$payload" >/dev/null
`;

interface Run {
  readonly seconds: number;
  /** User and system time: what the run cost, less swayed than wall time by a loaded machine. */
  readonly cpuSeconds: number;
  readonly rssMb: number;
  readonly status: number | null;
}

/** One command under `/usr/bin/time -v`: wall time, CPU time and peak RSS. */
function timed(command: string, args: string[]): Run {
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-v', command, ...args], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr);
  const cpu = ['User', 'System'].map((kind) => Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(result.stderr)?.[1] ?? NaN));
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr.slice(-2000)}`);
  return { seconds, cpuSeconds: cpu[0]! + cpu[1]!, rssMb: rss ? Math.round(Number(rss[1]) / 1024) : NaN, status: result.status };
}

async function native(bundle: string): Promise<Run> {
  const work = await mkdtemp(join(tmpdir(), 'bundlelint-bench-native-'));
  try {
    const run = timed('bash', ['-c', NATIVE, 'native', bundle, work]);
    if (run.status !== 0) throw new Error(`the native checks failed on ${bundle}`);
    return run;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function bundlelint(...args: string[]): Run {
  return timed(process.execPath, [bin, 'lint', ...args, '--format', 'json', '--output', '/dev/null']);
}

/**
 * The Node binary of a major version (`node@22`), as npx installs it into its cache, with its
 * version; none, said so, when npx cannot provide it (offline, no such version).
 */
function nodeBinary(major: string): { version: string; node: string }[] {
  const found = spawnSync('npx', ['-y', `node@${major}`, '-p', 'process.version + " " + process.execPath'], { encoding: 'utf8', timeout: 300_000 });
  const said = found.status === 0 ? /^(v\d\S*) (.+)$/m.exec(found.stdout) : null;
  if (said) return [{ version: said[1]!, node: said[2]! }];
  console.log(`Node ${major}: skipped, npx -y node@${major} did not provide it (${found.error?.message ?? /^npm error (?!A complete log).*$/m.exec(found.stderr)?.[0] ?? `exit ${found.status}`})`);
  return [];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const fixed = (value: number, digits = 2) => value.toFixed(digits);

/**
 * A command against bare Node start, both on `node`, alternating, `--starts` runs each: the ratio
 * of the medians, wall time and CPU time.
 */
function againstBareNode(label: string, args: string[], target: number, node = process.execPath): void {
  const ours: Run[] = [];
  const bare: Run[] = [];
  for (let run = 0; run < Number(values.starts); run += 1) {
    ours.push(timed(node, args));
    bare.push(timed(node, ['-e', '0']));
  }
  const [wall, bareWall] = [ours, bare].map((runs) => median(runs.map((run) => run.seconds)));
  const [cpu, bareCpu] = [ours, bare].map((runs) => median(runs.map((run) => run.cpuSeconds)));
  console.log(
    `${label}: ${fixed(wall!, 3)} s against ${fixed(bareWall!, 3)} s → ${fixed(wall! / bareWall!)}× (target ≤ ${target}); CPU ${fixed(cpu!, 3)} s against ${fixed(bareCpu!, 3)} s → ${fixed(cpu! / bareCpu!)}×; ${Math.max(...ours.map((run) => run.rssMb))} MB`,
  );
}

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}, load ${loadavg().map((load) => fixed(load)).join(' ')}`);
console.log(`\nagainst bare Node (node -e 0), medians of ${values.starts} alternating runs:`);
const demo = await writeBundle(join(values.cache, 'demo'), release(), DEMO_DEFECTS);
const nodes = [{ version: process.version, node: process.execPath }, ...values.nodes.split(',').filter(Boolean).flatMap((major) => nodeBinary(major))];
for (const { version, node } of nodes) {
  againstBareNode(`Node ${version}: bundlelint --version`, [bin, '--version'], 1.5, node);
  againstBareNode(`Node ${version}: lint of the demo bundle`, [bin, 'lint', demo], 2.5, node);
}
if (values['starts-only']) process.exit(0);
const rssBySize: [number, number][] = [];
for (const gib of values.gib.split(',').filter(Boolean).map(Number)) {
  const bundle = await largeBundle(values.cache, Math.round(gib * 2 ** 30));
  // Both sides start from a warm page cache.
  spawnSync('cat', [bundle], { stdio: ['ignore', 'ignore', 'ignore'] });
  const ratios: number[] = [];
  const rss: number[] = [];
  console.log(`\n${gib} GiB payload: ${bundle}`);
  for (let pair = 1; pair <= Number(values.pairs); pair += 1) {
    const ours = bundlelint(bundle);
    if (ours.status !== 0) throw new Error(`bundlelint found errors in the compliant bundle ${bundle}`);
    const theirs = await native(bundle);
    ratios.push(ours.seconds / theirs.seconds);
    rss.push(ours.rssMb);
    console.log(`  pair ${pair}: bundlelint ${fixed(ours.seconds)} s (${ours.rssMb} MB), native ${fixed(theirs.seconds)} s (${theirs.rssMb} MB) → ${fixed(ours.seconds / theirs.seconds)}×`);
  }
  console.log(`  median ratio ${fixed(median(ratios))}× (target ≤ 0.6), peak RSS ${Math.max(...rss)} MB (target ≤ 200)`);
  rssBySize.push([gib, Math.max(...rss)]);
}
if (rssBySize.length > 1) {
  const spread = Math.max(...rssBySize.map(([, mb]) => mb)) - Math.min(...rssBySize.map(([, mb]) => mb));
  console.log(`\npeak RSS by payload: ${rssBySize.map(([gib, mb]) => `${gib} GiB ${mb} MB`).join(', ')}; spread ${spread} MB (target ≤ 20)`);
}

const small = await smallBundles(values.cache, Number(values.small));
const one = join(small, (await readdir(small)).find((name) => name.endsWith('.zip'))!);
const singles = [1, 2, 3].map(() => bundlelint(one).seconds);
console.log(`\none small bundle: ${fixed(median(singles))} s wall, process start included (median of 3; target ≤ 0.5)`);
const many = bundlelint(small);
console.log(`${values.small} small bundles in one run: ${fixed(many.seconds)} s, ${many.rssMb} MB (target ≤ 10 s)`);
const entries = Number(values.entries);
const crowdedZip = await manySmallFiles(values.cache, entries);
const crowded = [1, 2, 3].map(() => bundlelint(crowdedZip));
console.log(`a zip of ${entries} small deflated files: ${fixed(median(crowded.map((run) => run.seconds)))} s wall, ${fixed(median(crowded.map((run) => run.cpuSeconds)))} s CPU (medians of 3), peak RSS ${Math.max(...crowded.map((run) => run.rssMb))} MB`);

// What the guide adds: the same bundle linted with it and with the usual short guide, alternating.
const pages = Number(values['pdf-pages']);
const guide = await pdfGuideBundles(values.cache, pages);
const yardstick = spawnSync('pdftotext', ['-v']).error === undefined;
const added: number[] = [];
const guideRss: number[] = [];
const pdftotext: number[] = [];
for (let pair = 1; pair <= Number(values.pairs); pair += 1) {
  const withGuide = bundlelint(guide.withGuide);
  const usual = bundlelint(guide.usual);
  added.push(withGuide.seconds - usual.seconds);
  guideRss.push(withGuide.rssMb);
  if (yardstick) pdftotext.push(timed('pdftotext', [guide.guide, '/dev/null']).seconds);
}
const against = yardstick ? `; pdftotext reads it in ${fixed(median(pdftotext))} s → ${fixed(median(added) / median(pdftotext))}× (target ≤ 2)` : '; pdftotext is not installed: no yardstick';
console.log(`\n${pages}-page PDF installation guide: adds ${fixed(median(added))} s to a lint (median of ${values.pairs}), peak RSS ${Math.max(...guideRss)} MB (target ≤ 150)${against}`);
