import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The one directory this process may write to besides the report: created on first use under
 * the system temp dir, holding files named by a counter (never by an entry name), and removed
 * when a run closes its bundles, on exit, and on SIGINT/SIGTERM/SIGHUP.
 */
let creating: Promise<string> | undefined;
let current: string | undefined;
let counter = 0;

export async function newTempFile(prefix: string): Promise<string> {
  if (!creating) {
    hookCleanup();
    creating = mkdtemp(join(tmpdir(), 'bundlelint-')).then((path) => (current = path));
  }
  // Numbered before waiting for the directory: callers waiting at once get different names.
  const number = (counter += 1);
  return join(await creating, `${prefix}-${number}`);
}

/** The directory while one exists, for tests and diagnostics. */
export function tempDirectory(): string | undefined {
  return current;
}

export function removeTempDirectory(): void {
  if (current) rmSync(current, { recursive: true, force: true });
  current = undefined;
  creating = undefined;
}

let hooked = false;

function hookCleanup(): void {
  if (hooked) return;
  hooked = true;
  process.once('exit', removeTempDirectory);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      removeTempDirectory();
      // Then die of the signal, as if nobody had been listening.
      process.kill(process.pid, signal);
    });
  }
}
