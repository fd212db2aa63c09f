/**
 * The command itself is wrong: an unknown option or rule, a bad value, a bundle path that
 * does not exist. The CLI prints the message on one line and exits 2.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * A report could not be written: the reviewer's machine (disk full, a missing folder, stdout
 * closed), not the command or the bundle. The CLI prints one line and exits 2; a reader that
 * closed stdout on purpose (`| head`) gets no line (`quiet`).
 */
export class OutputError extends Error {
  override readonly name = 'OutputError';
  constructor(message: string, readonly quiet = false) {
    super(message);
  }
}
