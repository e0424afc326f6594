/** Bad usage of a command (an unknown party, a malformed --since): the CLI prints it and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
