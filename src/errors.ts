/**
 * The command itself is wrong: an unknown option or rule, a bad value, a bundle path that
 * does not exist. The CLI prints the message on one line and exits 2.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
