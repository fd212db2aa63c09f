import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SLIP_CANARY } from '../../fixtures/defects.js';
import { packageRoot } from '../../src/package-root.js';
import { seeded } from './mutate.js';
import type { Seed } from './seeds.js';

const CLI = join(packageRoot, 'bin', 'bundlelint');
const RSS_SAMPLE_MS = 50;
const PAGE_BYTES = 4096;

export interface FuzzOptions {
  /** Mutant `i` of a run is drawn from `seed` and `i` alone: a run is replayed by its seed. */
  readonly seed: number;
  readonly count: number;
  /** How many lints run at once, each in its own process. */
  readonly workers: number;
  /** Per mutant: a run past this is a hang. */
  readonly timeoutMs: number;
  /** V8 heap of each lint process (`--max-old-space-size`). */
  readonly heapMb: number;
  /**
   * The most RSS one lint process may reach (every thread's heap, ArrayBuffers and native memory),
   * sampled every 50 ms from /proc while it runs: a lint is one process, as a real run is, with the
   * default limits.
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
 * Runs `count` mutants of the seeds through the CLI, each in a process of its own, `workers` at a
 * time, and returns what failed: an internal error or a crashed rule, an exit code other than 0 or 1,
 * a death by signal, a hang, an RSS over the limit, a temp dir left behind, or a file written anywhere else.
 */
export async function fuzz(groups: readonly (readonly Seed[])[], options: FuzzOptions, progress?: (done: number) => void): Promise<{ run: number; failures: Failure[]; peakRssMb: number | undefined }> {
  const failures: Failure[] = [];
  let next = 0;
  let done = 0;
  let peakRssMb: number | undefined;
  const lane = async (index: number) => {
    // Each lane's lints get a TMPDIR of their own, so what a run leaves behind is seen.
    const temp = join(options.directory, `.tmp-${index}`);
    await mkdir(temp);
    while (next < options.count) {
      const mutant = next++;
      // Groups take turns (realistic bundles, corpus archives), whatever their sizes.
      const group = groups[mutant % groups.length]!;
      const seed = group[Math.floor(mutant / groups.length) % group.length]!;
      const { bytes, description } = await seed.mutant(mutantRandom(options.seed, mutant));
      const path = join(options.directory, `mutant-${mutant}.zip`);
      await writeFile(path, bytes);
      const { outcome, rssMb } = await lintInProcess(path, temp, options);
      await Promise.all([path, `${path}.sarif`, `${path}.html`, ...outcome.tempLeft.map((name) => join(temp, name))].map((file) => rm(file, { recursive: true, force: true })));
      if (rssMb !== undefined) peakRssMb = Math.max(peakRssMb ?? 0, rssMb);
      const overLimit = rssMb !== undefined && rssMb > options.rssMb ? `the lint's RSS reached ${Math.round(rssMb)} MB (limit ${options.rssMb} MB)` : undefined;
      const reason = overLimit ?? failureOf(outcome, options.timeoutMs) ?? strayFiles(options.directory);
      if (reason) failures.push({ mutant, seed: seed.name, description, reason, bytes });
      done += 1;
      progress?.(done);
    }
    await rm(temp, { recursive: true, force: true });
  };
  await Promise.all(Array.from({ length: options.workers }, (_, index) => lane(index)));
  return { run: done, failures: failures.sort((a, b) => a.mutant - b.mutant), peakRssMb: peakRssMb === undefined ? undefined : Math.round(peakRssMb) };
}

/** Lints one mutant with the CLI as a user runs it; killed past the time or memory limit. */
function lintInProcess(path: string, temp: string, options: FuzzOptions): Promise<{ outcome: FuzzOutcome; rssMb: number | undefined }> {
  // Every report format sees the mutant: SARIF and HTML go beside it, and are removed with it.
  const args = ['lint', path, '--format', 'json', '--format', 'sarif', '--output', `${path}.sarif`, '--format', 'html', '--output', `${path}.html`, '--now', '2026-11-25', '--no-config'];
  const child = spawn(process.execPath, [`--max-old-space-size=${options.heapMb}`, CLI, ...args], { env: { TMPDIR: temp }, stdio: ['ignore', 'pipe', 'pipe'] });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
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
    child.on('close', (code, signal) => {
      clearInterval(sampler);
      clearTimeout(timer);
      const tempLeft = readdirSync(temp);
      const outcome = { code, signal: timedOut ? null : signal, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8'), tempLeft };
      resolve({ outcome: timedOut ? { ...outcome, code: null } : outcome, rssMb });
    });
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
  const report = JSON.parse(outcome.stdout) as { results: { findings: { ruleId: string; messageId: string; message: string }[] }[] };
  const crash = report.results.flatMap((result) => result.findings).find((finding) => finding.messageId === 'rule-crashed' || /this is a bug/.test(finding.message));
  return crash && `${crash.ruleId}: ${crash.message}`;
}

/** Anything but mutants and the lanes' temp dirs in the scratch directory, or the zip-slip canary, is a write where none may be. */
function strayFiles(directory: string): string | undefined {
  const stray = readdirSync(directory).filter((name) => !/^(mutant-\d+\.zip(\.sarif|\.html)?|\.tmp-\d+)$/.test(name));
  if (stray.length > 0) return `files appeared beside the mutant: ${stray.join(', ')}`;
  return existsSync(join('/tmp', SLIP_CANARY)) ? `a file was written at /tmp/${SLIP_CANARY}` : undefined;
}
