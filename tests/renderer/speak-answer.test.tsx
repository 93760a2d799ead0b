import './support/setup-dom';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Recording } from '../../renderer/rehearse/recorder';
import { SpeakAnswer } from '../../renderer/rehearse/speak-answer';
import type { Listened } from '../../renderer/rehearse/speech/recognizer';

const { listenBack } = vi.hoisted(() => ({
  listenBack: vi.fn<(audio: Blob, script: string, onTalk?: (talk: Listened['talk']) => void) => Promise<Listened>>(),
}));
const talk = { talkSeconds: 4, voicedSeconds: 3.1, span: { start: 0.5, end: 4.5 }, longPauses: [] };

vi.mock('../../renderer/rehearse/recorder', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../renderer/rehearse/recorder')>()),
  canRecord: () => true,
  startRecording: () =>
    Promise.resolve({
      stop: () =>
        Promise.resolve({ audio: new Blob(['x'], { type: 'audio/webm' }), talkSeconds: 4, durationSeconds: 6 }),
      cancel: () => undefined,
    }),
}));
vi.mock('../../renderer/rehearse/speech/recognizer', () => ({ listenBack }));

function Harness({ onHeard }: { onHeard: (text: string) => void }) {
  const [recording, setRecording] = useState<Recording | null>(null);
  return (
    <SpeakAnswer
      limitSeconds={30}
      disabled={false}
      recording={recording}
      onRecorded={setRecording}
      script="Thank you for the tour. Could I stay on your radar?"
      onHeard={onHeard}
    />
  );
}

async function speakOnce(onHeard: (text: string) => void) {
  const user = userEvent.setup();
  render(<Harness onHeard={onHeard} />);
  await user.click(screen.getByRole('button', { name: 'Speak your answer' }));
  await user.click(await screen.findByRole('button', { name: 'Stop recording' }));
}

describe('speaking an answer with the local recogniser', () => {
  it('shows what was heard as an estimate, with a pace, and hands the text to the answer box', async () => {
    listenBack.mockImplementationOnce((_audio, _script, onTalk) => {
      onTalk?.(talk);
      return Promise.resolve({
        outcome: 'heard',
        talk,
        heard: {
          spotted: [],
          parts: ['gratitude', 'connection'],
          wordCount: 10,
          text: 'Thank you for the tour. Stay on your radar.',
          hypothesis: 'thank you for the tour i would stay on your radar',
          seconds: 6,
        },
      });
    });
    const onHeard = vi.fn();
    await speakOnce(onHeard);
    expect(await screen.findByText('Thank you for the tour. Stay on your radar.')).toBeTruthy();
    expect(screen.getByText('Estimate')).toBeTruthy();
    expect(screen.getByText(/Pace about 150 words a minute \(estimate\)/)).toBeTruthy();
    expect(onHeard).toHaveBeenCalledWith('Thank you for the tour. Stay on your radar.');
    expect(listenBack).toHaveBeenCalledWith(
      expect.any(Blob),
      'Thank you for the tour. Could I stay on your radar?',
      expect.any(Function),
    );
    expect(screen.getByText(/Recorded 0:06; talk time 4 s, from your first word to your last/)).toBeTruthy();
  });

  it('says plainly when the answer was silent, too long to listen back to, or took too long', async () => {
    const cases: [Listened, RegExp][] = [
      [{ outcome: 'silent', talk: { ...talk, talkSeconds: 0, span: null } }, /No speech was found/],
      [{ outcome: 'too-long', talk, seconds: 400 }, /ran over 2 minutes/],
      [{ outcome: 'timed-out', talk }, /took too long on this computer, so it was stopped/],
    ];
    for (const [listened, message] of cases) {
      listenBack.mockResolvedValueOnce(listened);
      const onHeard = vi.fn();
      const { unmount } = render(<Harness onHeard={onHeard} />);
      const user = userEvent.setup();
      await user.click(screen.getByRole('button', { name: 'Speak your answer' }));
      await user.click(await screen.findByRole('button', { name: 'Stop recording' }));
      expect(await screen.findByText(message)).toBeTruthy();
      expect(onHeard).not.toHaveBeenCalled();
      unmount();
    }
  });

  it('says so plainly when the recogniser cannot listen back, and typing still works', async () => {
    listenBack.mockRejectedValueOnce(new Error('no model'));
    const onHeard = vi.fn();
    await speakOnce(onHeard);
    expect(await screen.findByText(/could not listen back this time/)).toBeTruthy();
    expect(onHeard).not.toHaveBeenCalled();
  });
});
