import './support/setup-dom';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Recording } from '../../renderer/rehearse/recorder';
import { SpeakAnswer } from '../../renderer/rehearse/speak-answer';
import type { Heard } from '../../renderer/rehearse/speech/recognizer';

const { recognize } = vi.hoisted(() => ({ recognize: vi.fn<(audio: Blob, script: string) => Promise<Heard>>() }));

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
vi.mock('../../renderer/rehearse/speech/recognizer', () => ({ recognize }));

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
    recognize.mockResolvedValueOnce({
      spotted: [],
      parts: ['gratitude', 'connection'],
      wordCount: 10,
      text: 'Thank you for the tour. Stay on your radar.',
      hypothesis: 'thank you for the tour i would stay on your radar',
      seconds: 6,
    });
    const onHeard = vi.fn();
    await speakOnce(onHeard);
    expect(await screen.findByText('Thank you for the tour. Stay on your radar.')).toBeTruthy();
    expect(screen.getByText('Estimate')).toBeTruthy();
    expect(screen.getByText(/Pace about 150 words a minute \(estimate\)/)).toBeTruthy();
    expect(onHeard).toHaveBeenCalledWith('Thank you for the tour. Stay on your radar.');
    expect(recognize).toHaveBeenCalledWith(expect.any(Blob), 'Thank you for the tour. Could I stay on your radar?');
  });

  it('says so plainly when the recogniser cannot listen back, and typing still works', async () => {
    recognize.mockRejectedValueOnce(new Error('no model'));
    const onHeard = vi.fn();
    await speakOnce(onHeard);
    expect(await screen.findByText(/could not listen back this time/)).toBeTruthy();
    expect(onHeard).not.toHaveBeenCalled();
  });
});
