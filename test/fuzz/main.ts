/**
 * `npm run fuzz -- [--seed N] [--count N] [--workers N]`: mutates the fixture bundles and the
 * corpus archives, builds bundles holding pathological documents, lints each mutant in a CLI process of its own (limited in time and RSS), and saves each failing input under
 * test/regressions/ (with what was done to it and how it failed). Exits 1 when anything failed.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { packageRoot } from '../../src/package-root.js';
import { materializeCorpus } from '../helpers/corpus.js';
import { fuzz } from './run.js';
import { corpusSeeds, documentSeeds, fixtureSeeds } from './seeds.js';

const { values } = parseArgs({ options: { seed: { type: 'string', default: String(Date.now() % 1_000_000) }, count: { type: 'string', default: '2000' }, workers: { type: 'string', default: '2' } } });
const seed = Number(values.seed);
const count = Number(values.count);
const scratch = await mkdtemp(join(tmpdir(), 'bundlelint-fuzz-'));
try {
  const corpus = join(scratch, 'corpus');
  const mutants = join(scratch, 'mutants');
  await mkdir(corpus);
  await mkdir(mutants);
  const groups = [fixtureSeeds(), await corpusSeeds(await materializeCorpus(corpus)), documentSeeds()];
  const started = Date.now();
  const options = { seed, count, workers: Number(values.workers), timeoutMs: 60_000, heapMb: 512, rssMb: 1024, directory: mutants };
  const { run, failures, peakRssMb } = await fuzz(groups, options, (done) => {
    if (done % 250 === 0) process.stderr.write(`${done}/${count} mutants\n`);
  });
  const regressions = join(packageRoot, 'test', 'regressions');
  for (const failure of failures) {
    await mkdir(regressions, { recursive: true });
    const name = `seed-${seed}-mutant-${failure.mutant}`;
    await writeFile(join(regressions, `${name}.zip`), failure.bytes);
    await writeFile(join(regressions, `${name}.txt`), `${failure.seed}\n${failure.description}\n${failure.reason}\n`);
    console.log(`FAIL ${name} (${failure.seed}; ${failure.description}): ${failure.reason}`);
  }
  const peak = peakRssMb === undefined ? 'RSS not measured (no /proc on this system)' : `peak RSS of a lint ${peakRssMb} MB`;
  console.log(`seed ${seed}: ${run} mutants of ${groups.flat().length} seeds in ${((Date.now() - started) / 1000).toFixed(1)} s, ${failures.length} failures, ${peak}`);
  process.exitCode = failures.length > 0 ? 1 : 0;
} finally {
  await rm(scratch, { recursive: true, force: true });
}
