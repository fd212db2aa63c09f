import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DocumentFormat } from './document.js';
import { formatBytes, timeRanOut } from '../archive/limits.js';
import { BUNDLE_DIRECTORY } from '../package-root.js';
import { ParserStartError } from '../errors.js';
import { DocumentError } from './document-error.js';
import type { ParsedDocument } from './document.js';
import type { ParseLimits } from './parse.js';

/** The worker runs from the build's bundle, whether bundlelint runs from dist/ or its sources are tested (test/global-setup.ts builds first). */
const WORKER_PATH = join(BUNDLE_DIRECTORY, 'parse-worker.js');
/** How often the process's resident memory is looked at while documents are parsed. */
const SAMPLE_MS = 20;
/** The longest delay a Node timer takes (a longer one fires at once). */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** A worker must have loaded within this, or bundlelint cannot parse documents on this machine. */
const START_MS = 30_000;
/** A worker whose parse grew the process by more than this is not reused: its heap holds what it built. */
const RETIRE_BYTES = 64 * 2 ** 20;
/**
 * A worker that has just parsed a document this large, with no other document waiting, is ended
 * rather than kept idle: the tens of MB its heap and PDFium's code hold would stay beside what the
 * main thread builds from that document while the rules run, the run's peak (a 300-page guide).
 * A small document's worker is kept: loading PDFium again costs more than a small parse.
 */
const LARGE_DOCUMENT_BYTES = 2 ** 20;
/**
 * A parse worker's young generation, where parsers' short-lived objects (a PDF's text lines) are
 * made: V8's default lets it grow to tens of MB before collecting it, all of it resident memory.
 */
const YOUNG_GENERATION_MB = 8;
/** An idle worker is ended after this, freeing its heap (a run that goes on starts a new one). */
const IDLE_MS = 2_000;
/**
 * Another worker starts only for documents that are worth its start (~0.1 s of CPU: the thread,
 * then the parsers it loads): this many bytes waiting (HTML parses at about 1 KiB a millisecond),
 * or a parse that has run this long already (a slow or hostile document does not hold up the
 * others), its parser's loading not counted (on a loaded machine, loading HTML's or PDFium's took
 * that long by itself). A handful of small documents, a short lint's, are parsed one after another by one worker.
 */
const SPREAD_BYTES = 128 * 1024;
const BUSY_MS = 150;
/** A parser still loading this long after its document came counts as busy too: loading takes well under a second, even on a loaded machine. */
const LOADING_MS = 3_000;

/** The machine cannot run a parser: the run ends with exit 2, no document is blamed. */
function parserStartError(reason: string): ParserStartError {
  return new ParserStartError(`bundlelint cannot start its document parser (${reason}); check that its installation is complete (npm ci builds dist/)`);
}

export interface ParseRequest {
  readonly format: DocumentFormat;
  readonly bytes: Uint8Array;
  readonly path: string;
  readonly limits: ParseLimits;
}

/**
 * A worker's answer for a document (after `'parsing'`, said once its format's parser is loaded):
 * the document; why it cannot be read; a parser that cannot run on this machine (`unavailable`, exit 2); or a bug.
 */
export type ParseReply = { readonly document: ParsedDocument } | { readonly problem: string } | { readonly unavailable: string } | { readonly bug: string };

export interface SandboxLimits {
  /** Wall-clock milliseconds one document may take to parse (`limits.maxParseSeconds`). */
  readonly timeoutMs: number;
  /**
   * Bytes the parses running at once may add to the process, counted as resident memory, so
   * PDFium's WebAssembly memory counts as much as the JavaScript heap (`limits.maxParseMemory`).
   */
  readonly memoryBytes: number;
  /** When the bundle's time (`limits.maxSeconds`) runs out, in `Date.now()` terms. */
  readonly deadline: number;
  readonly maxSeconds: number;
}

interface Job {
  readonly format: DocumentFormat;
  readonly bytes: Buffer;
  readonly path: string;
  readonly parseLimits: ParseLimits;
  readonly limits: SandboxLimits;
  /** Run with no other parse beside it: it was stopped while others ran, so its own use decides. */
  alone: boolean;
  readonly settle: (outcome: ParsedDocument | Error) => void;
}

interface Running {
  readonly job: Job;
  readonly worker: Worker;
  readonly heapMb: number;
  /** When its document was handed to its ready worker, in `performance.now()` terms. */
  handedOver: number | undefined;
  /** When its parse began (its parser loaded), in `performance.now()` terms. */
  since: number | undefined;
  /** Until the worker is ready, its start's; then the document's (its parser's loading included). */
  timer: NodeJS.Timeout | undefined;
  readonly listeners: { message: (reply: ParseReply | 'ready' | 'parsing') => void; error: (error: Error) => void; exit: (code: number) => void };
}

/**
 * Parses documents in worker threads, at most `slots` at once, each under a watchdog on the main
 * thread, which itself never parses: a document that runs past its time, or makes the process
 * grow past the parse memory, gets its worker terminated and becomes a `DocumentError` naming the
 * limit, and the run goes on. When several parses were running as memory ran out, each is
 * retried alone, so the one that needs too much is told apart from those beside it. Workers are
 * reused, but not after a parse that left their heap large, nor after a while idle; idle ones do
 * not keep the process alive. A worker that cannot start is the machine's problem (exit 2).
 */
export class DocumentSandbox {
  private readonly idle: { worker: Worker; heapMb: number; timer: NodeJS.Timeout }[] = [];
  /** Workers that have loaded and said so. */
  private readonly ready = new WeakSet<Worker>();
  private readonly running = new Set<Running>();
  private readonly queue: Job[] = [];
  /** Workers being terminated: their memory is not free yet, so they still hold their slot. */
  private stopping = 0;
  private monitor: NodeJS.Timeout | undefined;
  /** Pumps again once the parse running has been busy long enough for the documents waiting to get a worker of their own. */
  private recheck: NodeJS.Timeout | undefined;
  /** The process's resident memory, and the main thread's own part of it, when the parses now running began. */
  private baseline = { resident: 0, own: 0 };

  constructor(
    private readonly slots: number,
    private readonly workerPath = WORKER_PATH,
  ) {}

  parse(format: DocumentFormat, bytes: Buffer, path: string, parseLimits: ParseLimits, limits: SandboxLimits): Promise<ParsedDocument> {
    return new Promise((resolve, reject) => {
      const settle = (outcome: ParsedDocument | Error) => (outcome instanceof Error ? reject(outcome) : resolve(outcome));
      this.queue.push({ format, bytes, path, parseLimits, limits, alone: false, settle });
      this.pump();
    });
  }

  private pump(): void {
    clearTimeout(this.recheck);
    this.recheck = undefined;
    // Nothing starts while a worker is being ended: its memory is not free yet, and would be counted against the next.
    while (this.queue.length > 0 && this.stopping === 0 && this.running.size < this.slots) {
      const next = this.queue[0]!;
      if ([...this.running].some((run) => run.job.alone) || (next.alone && this.running.size > 0)) return;
      const wait = this.waitForAnotherWorker(next);
      if (wait > 0) {
        // Else pumped again when a parse begins (its worker ready, its parser loaded).
        if (wait < Infinity) this.recheck = setTimeout(() => this.pump(), wait).unref();
        return;
      }
      this.queue.shift();
      if (next.limits.deadline <= Date.now()) next.settle(new DocumentError(`it was not parsed: ${timeRanOut(next.limits.maxSeconds)}`));
      else this.start(next);
    }
  }

  /**
   * How long `next` waits before a worker is started beside those running (0: start it now). No
   * wait when no parse runs or a resting worker can take it; none either when the documents
   * waiting are many bytes, or when a parse has run BUSY_MS already. A worker or parser still loading is not
   * busy parsing (another would load no faster), unless its loading has taken LOADING_MS; before any
   * document is handed over, pumped again when one is.
   */
  private waitForAnotherWorker(next: Job): number {
    const heapMb = heapOf(next.limits.memoryBytes);
    if (this.running.size === 0 || this.idle.some((resting) => resting.heapMb === heapMb)) return 0;
    if (this.queue.reduce((bytes, job) => bytes + job.bytes.length, 0) >= SPREAD_BYTES) return 0;
    const since = Math.min(...[...this.running].flatMap((run) => run.since ?? (run.handedOver === undefined ? [] : [run.handedOver + LOADING_MS])));
    return Math.max(0, Math.ceil(since + BUSY_MS - performance.now()));
  }

  /** Starts a worker before the first document comes, so that its start overlaps the reading. */
  prewarm(memoryBytes: number): void {
    if (this.idle.length > 0 || this.running.size > 0) return;
    const heapMb = heapOf(memoryBytes);
    this.rest(this.spawn(heapMb), heapMb);
  }

  /** Keeps a worker for the next document, for a while. */
  private rest(worker: Worker, heapMb: number): void {
    worker.unref();
    const timer = setTimeout(() => {
      this.forget(worker);
      void worker.terminate();
    }, IDLE_MS).unref();
    this.idle.push({ worker, heapMb, timer });
  }

  private forget(worker: Worker): void {
    const index = this.idle.findIndex((candidate) => candidate.worker === worker);
    if (index >= 0) clearTimeout(this.idle.splice(index, 1)[0]!.timer);
  }

  private spawn(heapMb: number): Worker {
    const worker = new Worker(this.workerPath, { resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    worker.unref();
    worker.once('message', () => this.ready.add(worker));
    // A worker that fails or ends while idle is forgotten; while it runs a document, that run hears of it too.
    worker.on('error', () => this.forget(worker)).once('exit', () => this.forget(worker));
    return worker;
  }

  private start(job: Job): void {
    const heapMb = heapOf(job.limits.memoryBytes);
    const resting = this.idle.find((candidate) => candidate.heapMb === heapMb);
    if (resting) this.forget(resting.worker);
    const worker = resting?.worker ?? this.spawn(heapMb);
    const run: Running = {
      job,
      worker,
      heapMb,
      handedOver: undefined,
      since: undefined,
      timer: undefined,
      listeners: {
        message: (reply) => {
          if (reply === 'parsing') {
            run.since ??= performance.now();
            return this.pump();
          }
          if (reply !== 'ready') return this.finish(run, reply);
          this.begin(run);
          this.pump();
        },
        error: (error) => {
          if (!this.ready.has(worker)) return this.stop(run, parserStartError(error.message));
          this.stop(run, (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' ? new DocumentError(tooLarge(job.limits)) : new Error(`the parser failed (${error.message})`));
        },
        exit: (code) => this.stop(run, this.ready.has(worker) ? new Error(`the parser stopped (exit code ${code})`) : parserStartError(`it exited with code ${code}`)),
      },
    };
    worker.on('message', run.listeners.message).on('error', run.listeners.error).on('exit', run.listeners.exit);
    worker.ref();
    if (this.running.size === 0) this.baseline = ownMemory();
    this.running.add(run);
    this.watch();
    if (this.ready.has(worker)) this.begin(run);
    else run.timer = setTimeout(() => this.stop(run, parserStartError(`it was not ready within ${START_MS / 1000} s`)), START_MS);
  }

  /**
   * Starts the clock (its parser's loading included) and hands the document to its ready worker.
   * A parser still loading when the document's time (LOADING_MS or more) is up is the machine's problem, not the document's.
   */
  private begin(run: Running): void {
    const { job, worker } = run;
    if (run.timer) clearTimeout(run.timer);
    run.handedOver = performance.now();
    const remaining = job.limits.deadline - Date.now();
    const timedOut = job.limits.timeoutMs < remaining;
    const seconds = job.limits.timeoutMs / 1000;
    const reason = timedOut ? `parsing it took longer than ${seconds} s (limits.maxParseSeconds)` : `parsing it stopped: ${timeRanOut(job.limits.maxSeconds)}`;
    // Only a time no loading should need: a limit set shorter than that is the document's.
    const loadingStuck = timedOut && job.limits.timeoutMs >= LOADING_MS;
    const outcome = () => (loadingStuck && run.since === undefined ? parserStartError(`loading its ${job.format} parser took longer than ${seconds} s`) : new DocumentError(reason));
    run.timer = setTimeout(() => this.stop(run, outcome()), Math.max(0, Math.min(job.limits.timeoutMs, remaining, MAX_TIMER_MS)));
    // A copy of its own, handed over whole; the job keeps its bytes in case it must run again alone.
    const bytes = new Uint8Array(job.bytes);
    worker.postMessage({ format: job.format, bytes, path: job.path, limits: job.parseLimits } satisfies ParseRequest, [bytes.buffer]);
  }

  private finish(run: Running, reply: ParseReply): void {
    const heavy = this.grown() > RETIRE_BYTES || (this.queue.length === 0 && run.job.bytes.length >= LARGE_DOCUMENT_BYTES);
    this.release(run);
    if (heavy) this.end(run.worker);
    else this.rest(run.worker, run.heapMb);
    run.job.settle('document' in reply ? reply.document : 'problem' in reply ? new DocumentError(reply.problem) : 'unavailable' in reply ? new ParserStartError(reply.unavailable) : new Error(reply.bug));
    this.pump();
  }

  /** Ends a parse by terminating its worker: settled with `outcome`, or queued again to run alone. */
  private stop(run: Running, outcome: Error | 'again'): void {
    this.release(run);
    this.end(run.worker);
    if (outcome === 'again') {
      run.job.alone = true;
      this.queue.unshift(run.job);
    } else {
      run.job.settle(outcome);
    }
  }

  /** Terminates a worker; nothing starts until it is gone. */
  private end(worker: Worker): void {
    this.stopping += 1;
    void worker.terminate().finally(() => {
      this.stopping -= 1;
      this.pump();
    });
  }

  private release(run: Running): void {
    if (run.timer) clearTimeout(run.timer);
    run.worker.off('message', run.listeners.message).off('error', run.listeners.error).off('exit', run.listeners.exit);
    this.running.delete(run);
    this.watch();
  }

  /** Samples the process's memory while anything is parsed, and only then. */
  private watch(): void {
    if (this.running.size > 0) this.monitor ??= setInterval(() => this.checkMemory(), SAMPLE_MS).unref();
    else if (this.monitor) {
      clearInterval(this.monitor);
      this.monitor = undefined;
    }
  }

  /**
   * How much the process grew since the parses now running began, less what the main thread's
   * own heap and buffers grew by (other bundles being read, documents waiting): the workers' part.
   */
  private grown(): number {
    const now = ownMemory();
    return now.resident - this.baseline.resident - Math.max(0, now.own - this.baseline.own);
  }

  private checkMemory(): void {
    const runs = [...this.running];
    const allowed = Math.min(...runs.map((run) => run.job.limits.memoryBytes));
    const grown = this.grown();
    // Memory given back meanwhile (a stopped parse, other work of the process) lowers the mark the parses are measured from.
    if (grown < 0) this.baseline = ownMemory();
    if (grown <= allowed) return;
    // Stopped in reverse, so queued again at the front in their order.
    for (const run of runs.reverse()) this.stop(run, runs.length === 1 || run.job.alone ? new DocumentError(tooLarge(run.job.limits)) : 'again');
  }
}

/** The process's resident memory, and the main thread's heap and buffers (a worker's are not counted there). */
function ownMemory(): { resident: number; own: number } {
  const { rss, heapTotal, external } = process.memoryUsage();
  return { resident: rss, own: heapTotal + external };
}

/** The heap a worker gets: all of the parse memory (the process's growth is watched besides). */
function heapOf(memoryBytes: number): number {
  return Math.max(16, Math.ceil(memoryBytes / 2 ** 20));
}

function tooLarge(limits: SandboxLimits): string {
  return `parsing it needed more than ${formatBytes(limits.memoryBytes)} of memory (limits.maxParseMemory)`;
}


/** The sandbox every bundle of the process shares: one parse per core, at most two. */
export const documentSandbox = new DocumentSandbox(Math.max(1, Math.min(2, availableParallelism())));
