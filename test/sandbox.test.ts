import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { writeBundle } from '../fixtures/bundle.js';
import { pdfInflatingStream } from '../fixtures/pathological.js';
import { defaultRelease, release } from '../fixtures/release.js';
import { writeZip } from '../fixtures/zip-writer.js';
import { defaultLimits } from '../src/archive/limits.js';
import { extractionLimits } from '../src/scan/documents.js';
import { extractDocument } from '../src/documents/extract.js';
import { DocumentSandbox } from '../src/documents/sandbox.js';
import { ParserStartError } from '../src/errors.js';
import type { Finding } from '../src/engine/rule.js';
import { lint } from '../src/lint.js';
import { BIN, parseReport, runCli } from './helpers/cli.js';
import { DOCS, scratchDirectory } from './helpers/lint.js';

const MiB = 2 ** 20;
const GiB = 2 ** 30;
const parseLimits = extractionLimits({ ...defaultLimits, maxParseSeconds: 60 });

/** The default release with more documents: an architecture overview (and an appendix) given as `pdf`. */
function withOverview(pdf: Buffer, appendix?: Buffer) {
  const extra = [{ name: 'Corvid_Architecture_Overview', content: pdf }, ...(appendix ? [{ name: 'Corvid_Architecture_Appendix', content: appendix }] : [])];
  return release({ documents: [...defaultRelease().documents, ...extra.map(({ name, content }) => ({ role: 'install-guide' as const, format: 'pdf' as const, fileName: name, content }))] });
}
const OVERVIEW = `${DOCS}!/Corvid_Architecture_Overview.pdf`;

/** The docs/unreadable message for the overview (or another PDF). */
function unreadable(reason: string, name = 'Corvid_Architecture_Overview'): string {
  return `${name}.pdf (PDF) could not be read: ${reason}; deliver it unprotected and intact, in PDF, DOCX, DOC, ODT, RTF, HTML, Markdown or text`;
}

function seen({ ruleId, messageId, location, message }: Finding) {
  return { ruleId, messageId, path: location.path, message };
}

/** Resident memory of a running process, from /proc. */
function residentBytes(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(match?.[1] ?? 0) * 1024;
}

describe('the parse sandbox', () => {
  const directory = scratchDirectory();
  // Reports the process's peak resident memory (all threads, buffers included) as it exits.
  const peakProbe = join(directory, 'peak-rss.cjs');
  writeFileSync(peakProbe, "if (require('worker_threads').isMainThread) process.on('exit', () => require('fs').writeSync(2, `peak-rss ${process.resourceUsage().maxRSS * 1024}\\n`));\n");

  /** Lints `bundle` through the CLI: the JSON report's findings, the process's peak resident memory, seconds taken; the temp dir is left empty. */
  function lintMeasured(bundle: string, args: string[] = ['--no-config']) {
    const tmp = mkdtempSync(join(directory, 'tmp-'));
    const started = Date.now();
    const run = runCli(['lint', bundle, '--format', 'json', ...args], { env: { TMPDIR: tmp, NODE_OPTIONS: `--require ${peakProbe}` } });
    const seconds = (Date.now() - started) / 1000;
    expect([run.code, readdirSync(tmp)]).toEqual([1, []]);
    return { findings: parseReport(run.stdout).results[0]!.findings, peak: Number(/^peak-rss (\d+)$/m.exec(run.stderr)?.[1]), seconds };
  }

  it('reports a PDF whose content stream inflates to 1.5 GB as unreadable, the process staying under 1 GB', async () => {
    // Before the sandbox, pdf.js's buffers took the process to 2.7-3.2 GB (a worker's heap limit does not count them).
    const { findings, peak, seconds } = lintMeasured(await writeBundle(join(directory, 'inflating'), withOverview(pdfInflatingStream(1536))));
    expect(findings).toEqual([
      { ruleId: 'docs/unreadable', severity: 'error', message: unreadable('parsing it needed more than 512 MiB of memory (limits.maxParseMemory)'), location: { path: OVERVIEW } },
    ]);
    expect([peak > 0, peak < 1 * GiB, seconds < 45]).toEqual([true, true, true]);
  }, 90_000);

  it('frees what a stopped parse held: two such PDFs at once stay under 1 GB too', async () => {
    // What a terminated worker had inflated must go with it (with pdf.js's native DecompressionStream, once, 1.6 GB stayed).
    const config = join(directory, 'smaller.json');
    writeFileSync(config, JSON.stringify({ limits: { maxParseMemory: '384MiB' } }));
    const bundle = await writeBundle(join(directory, 'two-inflating'), withOverview(pdfInflatingStream(1536), pdfInflatingStream(1536)));
    const { findings, peak, seconds } = lintMeasured(bundle, ['--config', config]);
    expect(findings).toEqual(
      ['Corvid_Architecture_Appendix', 'Corvid_Architecture_Overview'].map((name) => ({
        ruleId: 'docs/unreadable',
        severity: 'error',
        message: unreadable('parsing it needed more than 384 MiB of memory (limits.maxParseMemory)', name),
        location: { path: `${DOCS}!/${name}.pdf` },
      })),
    );
    expect([peak > 0, peak < 1 * GiB, seconds < 45]).toEqual([true, true, true]);
  }, 90_000);

  it('tells the document that needs too much memory from the one parsed beside it', async () => {
    // Each alone stays well within 512 MiB; together, at once, they may not: both are retried alone.
    const [big, modest, other] = [pdfInflatingStream(1536), pdfInflatingStream(160), pdfInflatingStream(160)];
    const outcomes = await Promise.allSettled([
      extractDocument('pdf', big, 'big.pdf', parseLimits),
      extractDocument('pdf', modest, 'modest.pdf', parseLimits),
      extractDocument('pdf', other, 'other.pdf', parseLimits),
    ]);
    expect(outcomes.map((outcome) => (outcome.status === 'fulfilled' ? 'parsed' : (outcome.reason as { reason: string }).reason))).toEqual([
      'parsing it needed more than 512 MiB of memory (limits.maxParseMemory)',
      'parsed',
      'parsed',
    ]);
  }, 90_000);

  it('stops a document at limits.maxParseSeconds and at the bundle limits.maxSeconds, each named', async () => {
    const bundle = await writeBundle(join(directory, 'slow'), withOverview(pdfInflatingStream(1536)));
    const unlimitedMemory = { maxParseMemory: 16 * GiB };
    const byParseTime = await lint([bundle], { limits: { ...unlimitedMemory, maxParseSeconds: 1 } });
    expect(byParseTime.results[0]!.findings.map(seen)).toEqual([
      { ruleId: 'docs/unreadable', messageId: 'unreadable', path: OVERVIEW, message: unreadable('parsing it took longer than 1 s (limits.maxParseSeconds)') },
    ]);
    const byBundleTime = await lint([bundle], { limits: { ...unlimitedMemory, maxSeconds: 2 } });
    expect(byBundleTime.results[0]!.findings.map(seen)).toEqual([
      { ruleId: 'docs/unreadable', messageId: 'unreadable', path: OVERVIEW, message: unreadable("parsing it stopped: the bundle's 2 s budget (limits.maxSeconds) ran out") },
    ]);
  }, 90_000);

  it('ends the run with exit 2 when a parser cannot start: the machine, not the document', async () => {
    const broken = new DocumentSandbox(1, join(directory, 'no-such-worker.js'));
    await expect(broken.parse('text', Buffer.from('Release notes'), 'notes.txt', parseLimits, { ...parseLimits.parse, deadline: Infinity, maxSeconds: 300 })).rejects.toThrow(ParserStartError);
  });

  describe('how many workers it starts', () => {
    // A stand-in parse worker that answers with the thread it runs in, after two seconds' work for a document named slow*,
    // and, like the real one, says when its parser is loaded and the parse begins: two seconds after a document named load* comes,
    // never for one named hang* (its loading stuck).
    const threadWorker = join(directory, 'thread-worker.mjs');
    writeFileSync(
      threadWorker,
      "import { parentPort, threadId } from 'node:worker_threads';\n" +
        'const work = (ms) => { const end = Date.now() + ms; while (Date.now() < end); };\n' +
        "parentPort.on('message', ({ path }) => { if (path.startsWith('hang')) work(600_000); if (path.startsWith('load')) work(2000); parentPort.postMessage('parsing'); if (path.startsWith('slow')) work(2000); parentPort.postMessage({ document: { threadId, at: Date.now() } }); });\n" +
        "parentPort.postMessage('ready');\n",
    );
    const limits = { ...parseLimits.parse, deadline: Infinity, maxSeconds: 300 };
    /** Parses documents of these names and sizes at once in a new sandbox of two slots: the thread that parsed each, and when. */
    async function parsed(documents: [string, number][]) {
      const sandbox = new DocumentSandbox(2, threadWorker);
      const replies = await Promise.all(documents.map(([path, size]) => sandbox.parse('text', Buffer.alloc(size, 'a'), path, parseLimits, limits)));
      return replies as unknown as { threadId: number; at: number }[];
    }
    const threads = (replies: { threadId: number }[]) => new Set(replies.map((reply) => reply.threadId)).size;

    it('parses a handful of small documents in one worker', async () => {
      expect(threads(await parsed(['notes.md', 'guide.html', 'support.txt', 'eula.txt', 'licenses.txt'].map((path) => [path, 2048])))).toBe(1);
    });

    it('does not count a parser\'s loading as a busy parse: small documents behind it wait for the same worker', async () => {
      expect(threads(await parsed(['load-notes.md', 'guide.html', 'support.txt'].map((path) => [path, 2048])))).toBe(1);
    });

    it('starts another worker beside a parser loading for 3 s, and ends the run (exit 2) when loading outlasts the parse time: the machine, not the document', async () => {
      const sandbox = new DocumentSandbox(2, threadWorker);
      const started = Date.now();
      const settledAt = (promise: Promise<unknown>) => promise.then((reply) => ({ reply, after: Date.now() - started }), (error: Error) => ({ error, after: Date.now() - started }));
      const [stuck, ...small] = await Promise.all(
        ['hang-notes.md', 'guide.html', 'support.txt'].map((path) => settledAt(sandbox.parse('text', Buffer.alloc(1024, 'a'), path, parseLimits, { ...limits, timeoutMs: 5000 }))),
      );
      expect(stuck).toMatchObject({ error: expect.any(ParserStartError) });
      expect((stuck as { error: Error }).error.message).toBe('bundlelint cannot start its document parser (loading its text parser took longer than 5 s); check that its installation is complete (npm ci builds dist/)');
      // Parsed by a second worker after the first's 3 s of loading, before the stuck one is stopped at 5 s.
      expect(small.map(({ after }) => after >= 3000 && after < stuck!.after)).toEqual([true, true]);
    }, 30_000);

    it('starts a second worker for documents of 128 KiB and more waiting', async () => {
      expect(threads(await parsed(['a.html', 'b.html', 'c.html'].map((path) => [path, 96 * 1024])))).toBe(2);
    });

    it('starts a second worker when a document keeps the first busy: the small ones are not held up', async () => {
      const [slow, ...small] = await parsed([['slow.pdf', 1024], ['notes.md', 1024], ['eula.txt', 1024]]);
      expect(threads([slow!, ...small])).toBe(2);
      expect(small.every((reply) => reply.threadId !== slow!.threadId && reply.at < slow!.at)).toBe(true);
    });
  });

  it.each(['SIGTERM', 'SIGINT'] as const)('ends within 2 s of %s while a worker is stuck in a document, removing its temp dir', async (signal) => {
    // The PDF lies in a deflated docs zip larger than the 64 MiB held in memory: spilled to the temp dir while the PDF is parsed.
    const docs = writeZip([
      { name: 'filler.img', data: Buffer.alloc(72 * MiB), method: 'store' },
      { name: 'Corvid_Architecture_Overview.pdf', data: pdfInflatingStream(1536), method: 'store' },
    ]);
    const bundle = join(directory, `stuck-${signal}.zip`);
    writeFileSync(bundle, writeZip([{ name: 'corvid-1.0.0/corvid-1.0.0-docs.zip', encoded: { bytes: zlib.deflateRawSync(docs, { level: 0 }), size: docs.length, crc: zlib.crc32(docs) } }]));
    const config = join(directory, `stuck-${signal}.json`);
    // Room for the parser to grow for many seconds: the worker is busy when the signal comes.
    writeFileSync(config, JSON.stringify({ limits: { maxParseMemory: '16GiB', maxParseSeconds: 120 } }));
    const tmp = join(directory, `stuck-${signal}-tmp`);
    mkdirSync(tmp);
    const child = spawn(process.execPath, [BIN, 'lint', bundle, '--config', config], { env: { ...process.env, TMPDIR: tmp }, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_, killedBy) => resolve(killedBy)));
    // The spill file is there, and PDFium is well into the stream (the process has grown past 400 MB).
    const spilled = () => readdirSync(tmp).some((name) => readdirSync(join(tmp, name)).length > 0);
    for (let waited = 0; !(spilled() && residentBytes(child.pid!) > 400 * MiB); waited += 10) {
      if (waited > 30_000) throw new Error('the parse never got going');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const signalled = Date.now();
    child.kill(signal);
    expect(await exited).toBe(signal);
    expect(Date.now() - signalled).toBeLessThan(2000);
    expect(readdirSync(tmp)).toEqual([]);
  }, 90_000);
});
