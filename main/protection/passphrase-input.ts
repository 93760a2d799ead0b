/**
 * Where the command line and browser mode get a passphrase: a file named by `--passphrase-file FILE` or
 * `SOMEDAY_PASSPHRASE_FILE` (one trailing newline stripped, as editors and `echo` add one), or a hidden
 * prompt on an interactive terminal. Never an argument: it would show in `ps` and in shell history.
 */
import fs from 'node:fs';

export class PassphraseInputError extends Error {}

export const PASSPHRASE_ENV = 'SOMEDAY_PASSPHRASE_FILE';

/** The passphrase file to read, from the flag or the environment, or undefined. */
export function passphraseFileFrom(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return flag ?? (env[PASSPHRASE_ENV] ? env[PASSPHRASE_ENV] : undefined);
}

export function readPassphraseFile(file: string): string {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new PassphraseInputError(`The passphrase file ${file} cannot be read.`);
  }
  const passphrase = text.replace(/\r?\n$/, '');
  if (passphrase.length === 0) throw new PassphraseInputError(`The passphrase file ${file} is empty.`);
  return passphrase;
}

/** Asks on the terminal without echoing what is typed; null when there is no terminal to ask on. */
export function promptHidden(question: string): Promise<string | null> {
  const input = process.stdin;
  if (!input.isTTY || !process.stderr.isTTY) return Promise.resolve(null);
  return new Promise((resolve) => {
    process.stderr.write(question);
    input.setRawMode(true);
    input.resume();
    input.setEncoding('utf8');
    let typed = '';
    const done = (value: string | null) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      process.stderr.write('\n');
      resolve(value);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return done(typed);
        if (char === '\u0003' || char === '\u0004') return done(null);
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else typed += char;
      }
      return undefined;
    };
    input.on('data', onData);
  });
}

/** The passphrase from the file if one is named, else from a hidden prompt, else null. */
export async function obtainPassphrase(flag: string | undefined, question: string): Promise<string | null> {
  const file = passphraseFileFrom(flag);
  if (file !== undefined) return readPassphraseFile(file);
  return promptHidden(question);
}
