/** A command-line mistake (an unknown option, a missing file): one plain sentence and exit code 2. */
export class UsageError extends Error {}
