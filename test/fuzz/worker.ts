/**
 * Lints one mutant per message through the CLI's own entry point, in a worker thread the
 * fuzzer limits in time and memory, and says how it ended.
 */
import { existsSync } from 'node:fs';
import { Writable } from 'node:stream';
import { parentPort } from 'node:worker_threads';
import { tempDirectory } from '../../src/archive/temp.js';
import { main } from '../../src/cli/main.js';

export interface FuzzRequest {
  readonly id: number;
  readonly path: string;
  /** The configuration file to lint with. */
  readonly config: string;
}

export interface FuzzOutcome {
  readonly id: number;
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** The temp dir the run used, when it is still there afterwards. */
  readonly tempLeft: string | undefined;
}

function collector(): { stream: NodeJS.WriteStream; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({ write: (chunk: Buffer, _, done) => void (chunks.push(Buffer.from(chunk)), done()) });
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => Buffer.concat(chunks).toString('utf8') };
}

parentPort!.on('message', async ({ id, path, config }: FuzzRequest) => {
  const stdout = collector();
  const stderr = collector();
  // Every report format sees the mutant: SARIF and HTML go beside it, and are removed with it.
  const args = ['lint', path, '--format', 'json', '--format', 'sarif', '--output', `${path}.sarif`, '--format', 'html', '--output', `${path}.html`, '--now', '2026-11-25', '--config', config];
  const code = await main(args, { stdout: stdout.stream, stderr: stderr.stream, env: {} });
  const temp = tempDirectory();
  parentPort!.postMessage({ id, code, stdout: stdout.text(), stderr: stderr.text(), tempLeft: temp && existsSync(temp) ? temp : undefined } satisfies FuzzOutcome);
});
