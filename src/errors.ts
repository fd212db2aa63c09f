import { getSystemErrorMap } from 'node:util';

/**
 * The command itself is wrong: an unknown option or rule, a bad value, a bundle path that
 * does not exist. The CLI prints the message on one line and exits 2.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * The reviewer's machine cannot hold bundlelint's temp files (TMPDIR full, read-only, not a
 * folder, out of descriptors): the run ends with exit 2 and this one line, never a finding
 * about the bundle. A UsageError, so the CLI prints it as one.
 */
export class TempStorageError extends UsageError {
  constructor(directory: string, error: unknown) {
    const { code } = error as NodeJS.ErrnoException;
    // Out of file descriptors is not the folder's fault.
    const fix = code === 'EMFILE' || code === 'ENFILE' ? 'close other programs or raise the open-file limit (ulimit -n)' : 'set TMPDIR to a writable folder';
    super(`cannot write its temp files under ${directory} (${systemReason(error)}); ${fix}`);
  }
}

/**
 * A document-parsing worker cannot start (an incomplete installation, no threads left): the
 * machine's problem, not the bundle's. A UsageError, so the CLI prints it as one line, exit 2.
 */
export class ParserStartError extends UsageError {}

/**
 * A report could not be written: the reviewer's machine (disk full, a missing folder, stdout
 * closed), not the command or the bundle. The CLI prints one line and exits 2 (SPEC section 5).
 */
export class OutputError extends Error {
  override readonly name = 'OutputError';
}

/** A system error in the system's words (`ENOSPC: no space left on device`), without Node's repetition of the path. */
export function systemReason(error: unknown): string {
  const { code, errno, message } = error as NodeJS.ErrnoException;
  const meaning = errno === undefined ? undefined : getSystemErrorMap().get(errno)?.[1];
  return code && meaning ? `${code}: ${meaning}` : (code ?? message ?? String(error));
}
