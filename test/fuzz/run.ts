import { existsSync, readdirSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { SLIP_CANARY } from '../../fixtures/defects.js';
import { packageRoot } from '../../src/package-root.js';
import { seeded } from './mutate.js';
import type { Seed } from './seeds.js';
import type { FuzzOutcome, FuzzRequest } from './worker.js';

const WORKER = join(packageRoot, 'dist', 'test', 'fuzz', 'worker.js');
const RSS_SAMPLE_MS = 50;

export interface FuzzOptions {
  /** Mutant `i` of a run is drawn from `seed` and `i` alone: a run is replayed by its seed. */
  readonly seed: number;
  readonly count: number;
  readonly workers: number;
  /** Per mutant: a run past this is a hang. */
  readonly timeoutMs: number;
  /**
   * Heap of each worker; the whole process's RSS (every thread's heap, ArrayBuffers and native
   * memory) may be at most `rssMb`, sampled every 50 ms while mutants run.
   */
  readonly heapMb: number;
  readonly rssMb: number;
  /**
   * `limits.maxParseMemory` of each lint, in MiB: the lints running at once share this process's
   * RSS, so each gets its part of `rssMb` (a real run is one lint per process, with 512 MiB).
   */
  readonly parseMemoryMb: number;
  /** Where mutants are written while they run; nothing else may appear there. */
  readonly directory: string;
}

export interface Failure {
  readonly mutant: number;
  readonly seed: string;
  readonly description: string;
  readonly reason: string;
  readonly bytes: Buffer;
}

/** The random source of one mutant. */
export function mutantRandom(seed: number, mutant: number): () => number {
  return seeded((seed ^ Math.imul(mutant + 1, 0x9e3779b1)) >>> 0);
}

/**
 * Runs `count` mutants of the seeds, a group at a time, through the CLI in worker threads and returns what failed:
 * an internal error or a crashed rule, an exit code other than 0 or 1, a hang, a worker out of
 * memory, an RSS over the limit, a temp dir left behind, or a file written anywhere else.
 */
export async function fuzz(groups: readonly (readonly Seed[])[], options: FuzzOptions, progress?: (done: number) => void): Promise<{ run: number; failures: Failure[]; peakRssMb: number }> {
  const failures: Failure[] = [];
  let next = 0;
  let done = 0;
  let peakRssMb = 0;
  // The mutants running now, each with the highest RSS sampled while it ran: RSS is the process's, so a
  // sample over the limit is charged to every mutant running then, and their workers are stopped.
  const running = new Set<{ worker: Worker; rssMb: number }>();
  // The configuration every lint runs with, beside the mutants' folder (which must hold nothing else).
  const config = `${options.directory}.config.json`;
  await writeFile(config, JSON.stringify({ limits: { maxParseMemory: `${options.parseMemoryMb}MiB` } }));
  const sampler = setInterval(() => {
    const rssMb = process.memoryUsage.rss() / 2 ** 20;
    peakRssMb = Math.max(peakRssMb, rssMb);
    for (const run of running) {
      run.rssMb = Math.max(run.rssMb, rssMb);
      if (rssMb > options.rssMb) void run.worker.terminate();
    }
  }, RSS_SAMPLE_MS);
  const lane = async () => {
    let worker: Worker | undefined;
    try {
      while (next < options.count) {
        const mutant = next++;
        // Groups take turns (realistic bundles, corpus archives), whatever their sizes.
        const group = groups[mutant % groups.length]!;
        const seed = group[Math.floor(mutant / groups.length) % group.length]!;
        const { bytes, description } = await seed.mutant(mutantRandom(options.seed, mutant));
        const path = join(options.directory, `mutant-${mutant}.zip`);
        await writeFile(path, bytes);
        worker ??= new Worker(WORKER, { resourceLimits: { maxOldGenerationSizeMb: options.heapMb } });
        const current = { worker, rssMb: process.memoryUsage.rss() / 2 ** 20 };
        running.add(current);
        const outcome = await runOne(worker, { id: mutant, path, config }, options.timeoutMs).finally(() => running.delete(current));
        if (typeof outcome === 'string') {
          await worker.terminate();
          worker = undefined;
        }
        await Promise.all([path, `${path}.sarif`, `${path}.html`].map((file) => rm(file, { force: true })));
        const rssMb = Math.max(current.rssMb, process.memoryUsage.rss() / 2 ** 20);
        peakRssMb = Math.max(peakRssMb, rssMb);
        const overLimit = rssMb > options.rssMb ? `the process's RSS reached ${Math.round(rssMb)} MB (limit ${options.rssMb} MB)` : undefined;
        const reason = overLimit ?? failureOf(outcome) ?? strayFiles(options.directory);
        if (reason) failures.push({ mutant, seed: seed.name, description, reason, bytes });
        done += 1;
        progress?.(done);
      }
    } finally {
      await worker?.terminate();
    }
  };
  await Promise.all(Array.from({ length: options.workers }, lane)).finally(() => {
    clearInterval(sampler);
    return rm(config, { force: true });
  });
  return { run: done, failures: failures.sort((a, b) => a.mutant - b.mutant), peakRssMb: Math.round(peakRssMb) };
}

/** The worker's answer, or why there was none. */
function runOne(worker: Worker, request: FuzzRequest, timeoutMs: number): Promise<FuzzOutcome | string> {
  return new Promise((resolve) => {
    const finish = (result: FuzzOutcome | string) => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      resolve(result);
    };
    const timer = setTimeout(() => finish(`no answer within ${timeoutMs} ms (a hang)`), timeoutMs);
    const onMessage = (outcome: FuzzOutcome) => outcome.id === request.id && finish(outcome);
    const onError = (error: Error) => finish(`the worker died: ${error.message}`);
    const onExit = (code: number) => finish(`the worker exited with ${code}`);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(request);
  });
}

/** Why a run failed, if it did. */
export function failureOf(outcome: FuzzOutcome | string): string | undefined {
  if (typeof outcome === 'string') return outcome;
  if (outcome.code !== 0 && outcome.code !== 1) return `exit code ${outcome.code}: ${outcome.stderr.trim()}`;
  if (outcome.tempLeft) return `the temp dir ${outcome.tempLeft} was left behind`;
  const report = JSON.parse(outcome.stdout) as { results: { findings: { ruleId: string; messageId: string; message: string }[] }[] };
  const crash = report.results.flatMap((result) => result.findings).find((finding) => finding.messageId === 'rule-crashed' || /this is a bug/.test(finding.message));
  return crash && `${crash.ruleId}: ${crash.message}`;
}

/** Anything but mutants in the scratch directory, or the zip-slip canary, is a write where none may be. */
function strayFiles(directory: string): string | undefined {
  const stray = readdirSync(directory).filter((name) => !/^mutant-\d+\.zip(\.sarif|\.html)?$/.test(name));
  if (stray.length > 0) return `files appeared beside the mutant: ${stray.join(', ')}`;
  return existsSync(join('/tmp', SLIP_CANARY)) ? `a file was written at /tmp/${SLIP_CANARY}` : undefined;
}
