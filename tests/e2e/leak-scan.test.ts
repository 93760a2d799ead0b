/**
 * The leak scan (issue 13, Tests, first bullet): a browser-mode tour creates a contact (a name and a notes
 * marker), a draft, a rehearsal with a recording through Chromium's fake microphone, a backup and an
 * export. Then no file under the data folder contains the name or the marker in UTF-8 or UTF-16, plain
 * SQLite (better-sqlite3 without a key) cannot open the database or a backup, every file is 0600 and every
 * folder 0700 - while browser mode runs (the WAL is there) and after it stopped.
 *
 * The export: EXPORTS_ARE_ENCRYPTED says which export this version writes. Until the encrypted (age)
 * export lands, today's format-1 JSON export holds the data in the clear, and the test says so by
 * expecting the name in it; once exports are encrypted, set it to true and the same scan must find nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDataDir, removeDataDir, startBrowserMode, type BrowserModeServer } from '../helpers/browser-mode';
import { openApp, pickContact } from './support/app-page';
import { launchWithFakeMicrophone, writeToneWav } from './support/fake-microphone';
import { postApi } from './support/seed';

/** Flip to true when exports are encrypted (the "stream" branch, age format): the export must then leak nothing. */
const EXPORTS_ARE_ENCRYPTED = true;

const NAME = 'Zebediah Quillfeather';
const NOTE = 'MARKER-7f3a-private-note';
const SECRETS = [NAME, NOTE, 'Quillfeather'];

function encodings(text: string): Buffer[] {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.from(le);
  be.swap16();
  return [Buffer.from(text, 'utf8'), le, be];
}

function walk(dir: string): { files: string[]; dirs: string[] } {
  const files: string[] = [];
  const dirs: string[] = [dir];
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    if (entry.isDirectory()) dirs.push(full);
    else files.push(full);
  }
  return { files, dirs };
}

/** Every file that holds one of the secrets, with the secret and encoding found. */
function leaks(files: string[]): string[] {
  return files.flatMap((file) => {
    const bytes = fs.readFileSync(file);
    return SECRETS.flatMap((secret) =>
      encodings(secret).flatMap((needle, index) =>
        bytes.includes(needle) ? [`${file}: ${secret} (${['UTF-8', 'UTF-16LE', 'UTF-16BE'][index]})`] : [],
      ),
    );
  });
}

function plainSqliteCannotOpen(file: string): void {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    expect(() => db!.prepare('SELECT count(*) FROM contacts').get()).toThrow(/not a database|file is encrypted/i);
  } catch (error) {
    expect(String(error)).toMatch(/not a database|file is encrypted/i);
  } finally {
    db?.close();
  }
}

function scanDataFolder(dataDir: string): void {
  const { files, dirs } = walk(dataDir);
  expect(leaks(files)).toStrictEqual([]);
  for (const dir of dirs)
    expect({ dir, mode: (fs.statSync(dir).mode & 0o777).toString(8) }).toStrictEqual({ dir, mode: '700' });
  for (const file of files) {
    expect({ file, mode: (fs.statSync(file).mode & 0o777).toString(8) }).toStrictEqual({ file, mode: '600' });
  }
  const databases = files.filter((file) => /\.sqlite$/.test(file));
  expect(databases.length).toBeGreaterThanOrEqual(2);
  databases.forEach(plainSqliteCannotOpen);
}

describe('leak scan after a tour of browser mode', () => {
  let dataDir: string;
  let spare: string;
  let server: BrowserModeServer;
  let browser: Browser;

  beforeAll(async () => {
    dataDir = makeDataDir();
    spare = fs.mkdtempSync(path.join(os.tmpdir(), 'someday-leak-'));
    server = await startBrowserMode(dataDir);
    const wav = path.join(spare, 'fake-mic.wav');
    writeToneWav(wav);
    browser = await launchWithFakeMicrophone(wav);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dataDir) removeDataDir(dataDir);
    if (spare) fs.rmSync(spare, { recursive: true, force: true });
  });

  it('finds no name, no note, no plain database and no loose mode anywhere in the data folder', async () => {
    const app = await openApp(browser, server);
    const { page } = app;
    const nav = page.getByRole('navigation', { name: 'Main' });

    // A contact with a private note.
    await page.getByRole('button', { name: 'New contact' }).click();
    await page.getByLabel('Name', { exact: true }).fill(NAME);
    await page.getByLabel('Company').fill('Northwind Labs');
    await page.getByLabel('Notes').fill(`Talked about the lab tour. ${NOTE}`);
    await page.getByRole('button', { name: 'Save contact' }).click();
    await page
      .locator('.contact-list')
      .getByRole('button', { name: new RegExp(NAME) })
      .waitFor();

    // A draft to them, with the marker in its text.
    const contacts = (await postApi(server, 'contacts:list', {})).body.value as { items: { id: number }[] };
    const contactId = contacts.items[0]!.id;
    const draft = await postApi(server, 'drafts:create', { contactId, channel: 'email' });
    expect(draft.body.ok).toBe(true);
    const draftId = (draft.body.value as { id: number }).id;
    const saved = await postApi(server, 'drafts:save', {
      id: draftId,
      subject: 'Thank you',
      body: `Dear ${NAME}, thank you for the tour. ${NOTE}`,
    });
    expect(saved.body).toMatchObject({ ok: true });

    // A rehearsal with a spoken (recorded) answer.
    await nav.getByRole('button', { name: 'Rehearse' }).click();
    await pickContact(page, 'Who are you calling?', NAME.split(' ')[0]!, `${NAME} (Northwind Labs)`);
    await page.getByRole('radio', { name: /Voicemail/ }).check();
    await page.getByRole('button', { name: 'Start the call' }).click();
    await page.getByRole('button', { name: 'Speak your answer' }).click();
    await page.getByRole('timer', { name: /0:0[5-9]|0:[1-5]/ }).waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Stop recording' }).click();
    await page.getByLabel('Your answer').fill(`Hi ${NAME}, thank you. ${NOTE}`);
    await page.getByRole('button', { name: 'Send answer' }).click();
    await page.getByRole('button', { name: 'See your review' }).waitFor();
    const recordings = path.join(dataDir, 'recordings');
    await expect.poll(() => (fs.existsSync(recordings) ? fs.readdirSync(recordings) : [])).toHaveLength(1);
    // The audio itself: no WebM (EBML) header anywhere in the file, only Someday's encrypted layout.
    const recording = fs.readFileSync(path.join(recordings, fs.readdirSync(recordings)[0]!));
    expect(recording.subarray(0, 4).toString()).toBe('SDRC');
    expect(recording.includes(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]))).toBe(false);

    // A backup and an export, from Settings.
    await nav.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Back up now' }).click();
    await page
      .getByText(/^Backed up \(/)
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Export all my data' }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Export all my data' });
    await exportDialog.getByLabel('Passphrase for the file').fill('a passphrase only this export knows');
    await exportDialog.getByLabel('The same passphrase again').fill('a passphrase only this export knows');
    const download = page.waitForEvent('download');
    await exportDialog.getByRole('button', { name: 'Export encrypted' }).click();
    const exportFile = path.join(spare, (await download).suggestedFilename());
    await (await download).saveAs(exportFile);
    const problems = app.problems.list;
    await app.context.close();
    expect(problems).toStrictEqual([]);

    scanDataFolder(dataDir);
    expect(await server.stop()).toBe(0);
    scanDataFolder(dataDir);

    const exported = fs.readFileSync(exportFile);
    if (EXPORTS_ARE_ENCRYPTED) {
      expect(exported.subarray(0, 21).toString()).toBe('age-encryption.org/v1');
      expect(leaks([exportFile])).toStrictEqual([]);
    } else {
      // Known and expected until exports are encrypted: today's export is plain JSON (format 1).
      expect(leaks([exportFile]).length).toBeGreaterThan(0);
      expect(JSON.parse(exported.toString('utf8'))).toMatchObject({ format: 'someday-export' });
    }
  });
});
