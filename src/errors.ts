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
    const { code, message } = error as NodeJS.ErrnoException;
    // Node's message repeats the code and the path: keep only the system's words.
    const reason = (message ?? String(error)).replace(/^[A-Z]+: /, '').replace(/, \w+( '.*')?$/, '');
    super(`cannot write its temp files under ${directory} (${code ? `${code}: ` : ''}${reason}); set TMPDIR to a writable folder`);
  }
}
