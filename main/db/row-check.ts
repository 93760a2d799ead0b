/**
 * Row mappers read enum columns (a status, a channel, a step) through this check instead of a cast:
 * a value that is not in the app's own list in core/ means the file was written by something else or
 * has been damaged, and the read fails loudly with where it happened rather than passing a wrong value on.
 */
export class BadRowError extends Error {
  constructor(table: string, column: string, value: unknown) {
    super(`The ${table} table holds ${column} ${JSON.stringify(value)}, which this version of Someday does not know.`);
    this.name = 'BadRowError';
  }
}

export function known<T extends string>(list: readonly T[], value: string, table: string, column: string): T {
  if ((list as readonly string[]).includes(value)) return value as T;
  throw new BadRowError(table, column, value);
}
