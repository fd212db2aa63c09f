import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SLIP_CANARY } from '../../fixtures/defects.js';
import { packageRoot } from '../../src/package-root.js';
import { seeded } from './mutate.js';
import type { FuzzReply, FuzzRequest } from './child.js';
import type { Seed } from './seeds.js';

const CHILD = join(packageRoot, 'dist', 'test', 'fuzz', 'child.js');
const RSS_SAMPLE_MS = 50;
/**
 * A lane's process that holds more than this between lints is replaced: what earlier lints left
 * (garbage not yet collected, memory the allocator keeps) would count against the next one, which
 * a real run, one lint per process, never carries.
 */
const RECYCLE_RSS_MB = 256;
const PAGE_BYTES = 4096;

export interface FuzzOptions {
  /** Mutant `i` of a run is drawn from `seed` and `i` alone: a run is replayed by its seed. */
  readonly seed: number;
  readonly count: number;
  /** How many lints run at once, each in a process of its own (which lints one mutant at a time). */
  readonly workers: number;
  /** Per mutant: a run past this is a hang. */
  readonly timeoutMs: number;
  /** V8 heap of each lint process (`--max-old-space-size`). */
  readonly heapMb: number;
  /**
   * The most RSS a lint's process may reach (every thread's heap, ArrayBuffers and native memory),
   * sampled every 50 ms from /proc while it runs, one lint at a time, with the default limits; each
   * lint starts from about a fresh process's footprint (see RECYCLE_RSS_MB).
   */
  readonly rssMb: number;
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

/** How one lint process ended. */
export interface FuzzOutcome {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** What the run left in its own TMPDIR, which must be empty afterwards. */
  readonly tempLeft: readonly string[];
}

/** The random source of one mutant. */
export function mutantRandom(seed: number, mutant: number): () => number {
  return seeded((seed ^ Math.imul(mutant + 1, 0x9e3779b1)) >>> 0);
}

/**
 * Runs `count` mutants of the seeds through the CLI in `workers` processes, one lint at a time in
 * each, and returns what failed: an internal error or a crashed rule, an exit code other than 0 or 1,
 * a death (by signal or exit), a hang, an RSS over the limit, a temp dir left behind, or a file
 * written anywhere else.
 */
export async function fuzz(groups: readonly (readonly Seed[])[], options: FuzzOptions, progress?: (done: number) => void): Promise<{ run: number; failures: Failure[]; peakRssMb: number | undefined }> {
  const failures: Failure[] = [];
  let next = 0;
  let done = 0;
  let peakRssMb: number | undefined;
  const lane = async (index: number) => {
    // Each lane's process gets a TMPDIR of its own, so what a run leaves behind is seen.
    const temp = join(options.directory, `.tmp-${index}`);
    await mkdir(temp);
    let child: ChildProcess | undefined;
    try {
      while (next < options.count) {
        const mutant = next++;
        // Groups take turns (realistic bundles, corpus archives, pathological documents), whatever their sizes.
        const group = groups[mutant % groups.length]!;
        const seed = group[Math.floor(mutant / groups.length) % group.length]!;
        const { bytes, description } = await seed.mutant(mutantRandom(options.seed, mutant));
        const path = join(options.directory, `mutant-${mutant}.zip`);
        await writeFile(path, bytes);
        if (child && (rssOf(child.pid) ?? 0) > RECYCLE_RSS_MB) {
          child.kill('SIGKILL');
          child = undefined;
        }
        child ??= fork(CHILD, { execArgv: [`--max-old-space-size=${options.heapMb}`], env: { TMPDIR: temp }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
        const { outcome, rssMb } = await lintIn(child, { id: mutant, path }, temp, options);
        // A process that did not answer (killed, dead) is replaced.
        if (outcome.code === null || outcome.signal !== null) {
          child.kill('SIGKILL');
          child = undefined;
        }
        await Promise.all([path, `${path}.sarif`, `${path}.html`, ...outcome.tempLeft.map((name) => join(temp, name))].map((file) => rm(file, { recursive: true, force: true })));
        if (rssMb !== undefined) peakRssMb = Math.max(peakRssMb ?? 0, rssMb);
        const overLimit = rssMb !== undefined && rssMb > options.rssMb ? `the lint's RSS reached ${Math.round(rssMb)} MB (limit ${options.rssMb} MB)` : undefined;
        const reason = overLimit ?? failureOf(outcome, options.timeoutMs) ?? strayFiles(options.directory);
        if (reason) failures.push({ mutant, seed: seed.name, description, reason, bytes });
        done += 1;
        progress?.(done);
      }
    } finally {
      child?.kill('SIGKILL');
      await rm(temp, { recursive: true, force: true });
    }
  };
  await Promise.all(Array.from({ length: options.workers }, (_, index) => lane(index)));
  return { run: done, failures: failures.sort((a, b) => a.mutant - b.mutant), peakRssMb: peakRssMb === undefined ? undefined : Math.round(peakRssMb) };
}

/** Lints one mutant in the lane's process; it is killed past the time or memory limit. */
function lintIn(child: ChildProcess, request: FuzzRequest, temp: string, options: FuzzOptions): Promise<{ outcome: FuzzOutcome; rssMb: number | undefined }> {
  let rssMb: number | undefined;
  let timedOut = false;
  const sampler = setInterval(() => {
    const sample = rssOf(child.pid);
    if (sample === undefined) return;
    rssMb = Math.max(rssMb ?? 0, sample);
    if (sample > options.rssMb) child.kill('SIGKILL');
  }, RSS_SAMPLE_MS);
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.timeoutMs);
  return new Promise((resolve) => {
    const finish = (ended: Pick<FuzzOutcome, 'code' | 'signal' | 'stdout' | 'stderr'>) => {
      clearInterval(sampler);
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve({ outcome: { ...ended, tempLeft: readdirSync(temp) }, rssMb });
    };
    const onMessage = (reply: FuzzReply) => reply.id === request.id && finish({ code: reply.code, signal: null, stdout: reply.stdout, stderr: reply.stderr });
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => finish({ code: timedOut ? null : code, signal: timedOut ? null : signal, stdout: '', stderr: '' });
    child.on('message', onMessage);
    child.on('exit', onExit);
    child.send(request);
  });
}

/** A process's resident set in MB, read from /proc (Linux); undefined where there is none. */
function rssOf(pid: number | undefined): number | undefined {
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, 'latin1').split(' ')[1]);
    return (pages * PAGE_BYTES) / 2 ** 20;
  } catch {
    return undefined;
  }
}

/** Why a run failed, if it did. */
export function failureOf(outcome: FuzzOutcome, timeoutMs: number): string | undefined {
  if (outcome.code === null && outcome.signal === null) return `no answer within ${timeoutMs} ms (a hang)`;
  if (outcome.signal) return `the process died of ${outcome.signal}: ${outcome.stderr.trim()}`;
  if (outcome.code !== 0 && outcome.code !== 1) return `exit code ${outcome.code}: ${outcome.stderr.trim()}`;
  if (outcome.tempLeft.length > 0) return `the run left ${outcome.tempLeft.join(', ')} in its temp dir`;
  if (outcome.stdout === '') return `the process ended (exit code ${outcome.code}) without a report`;
  const report = JSON.parse(outcome.stdout) as { results: { findings: { ruleId: string; message: string }[] }[] };
  // A crashed rule, and a parser or reader that failed, say so in their message (the JSON report has no message ids).
  const crash = report.results.flatMap((result) => result.findings).find((finding) => /this is a bug/.test(finding.message));
  return crash && `${crash.ruleId}: ${crash.message}`;
}

/** Anything but mutants and the lanes' temp dirs in the scratch directory, or the zip-slip canary, is a write where none may be. */
function strayFiles(directory: string): string | undefined {
  const stray = readdirSync(directory).filter((name) => !/^(mutant-\d+\.zip(\.sarif|\.html)?|\.tmp-\d+)$/.test(name));
  if (stray.length > 0) return `files appeared beside the mutant: ${stray.join(', ')}`;
  return existsSync(join('/tmp', SLIP_CANARY)) ? `a file was written at /tmp/${SLIP_CANARY}` : undefined;
}
