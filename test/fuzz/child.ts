/**
 * A lint process of the fuzzer: lints one mutant per message through the CLI's own entry point,
 * one at a time, so the process's RSS is that of one lint, and says how it ended.
 */
import { main } from '../../src/cli/main.js';
import { collector } from '../helpers/collector.js';

export interface FuzzRequest {
  readonly id: number;
  readonly path: string;
}

export interface FuzzReply {
  readonly id: number;
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

process.on('message', async ({ id, path }: FuzzRequest) => {
  const stdout = collector();
  const stderr = collector();
  // Every report format sees the mutant: SARIF and HTML go beside it, and are removed with it.
  const args = ['lint', path, '--format', 'json', '--format', 'sarif', '--output', `${path}.sarif`, '--format', 'html', '--output', `${path}.html`, '--now', '2026-11-25', '--no-config'];
  const code = await main(args, { stdout: stdout.stream, stderr: stderr.stream, env: {} });
  process.send!({ id, code, stdout: stdout.text(), stderr: stderr.text() } satisfies FuzzReply);
});
