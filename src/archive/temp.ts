import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TempStorageError } from '../errors.js';

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
    const parent = tmpdir();
    creating = mkdtemp(join(parent, 'bundlelint-')).then(
      (path) => (current = path),
      (error: unknown) => {
        creating = undefined;
        throw new TempStorageError(parent, error);
      },
    );
  }
  // Numbered before waiting for the directory: callers waiting at once get different names.
  const number = (counter += 1);
  return join(await creating, `${prefix}-${number}`);
}

/** What went wrong writing a temp file, as the reviewer's machine's problem. */
export function tempStorageError(error: unknown): TempStorageError {
  return error instanceof TempStorageError ? error : new TempStorageError(tmpdir(), error);
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
