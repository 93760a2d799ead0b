import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A command-line mistake (an unknown option, a missing file): one plain sentence and exit code 2. */
export class UsageError extends Error {}

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** `parseArgs`, strict, with positionals and `--help`/`-h`; what it refuses becomes a UsageError. */
export function parseCommandLine<O extends OptionsConfig>(argv: string[], options: O) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { ...options, help: { type: 'boolean', short: 'h', default: false } },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split('\n')[0]! : String(error));
  }
}

/**
 * The start every command shares: `read` parses the options and reads the input. `--help` prints the usage
 * (exit code 0); a UsageError prints "name: sentence" and the usage (exit code 2); otherwise what `read` gave.
 */
export function startCommand<T>(name: string, usage: string, read: () => T | 'help'): { run: T } | { exit: number } {
  try {
    const value = read();
    if (value !== 'help') return { run: value };
    console.log(usage);
    return { exit: 0 };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${name}: ${error.message}`);
    console.error(usage);
    return { exit: 2 };
  }
}
