import { useEffect, useMemo, useRef, useState } from 'react';
import { canRecord, explainMicrophoneError, startRecording, type ActiveRecorder, type Recording } from './recorder';
import { formatSeconds } from './format';

export interface SpokenAnswer {
  talkSeconds: number;
  audio: Blob | null;
}

interface SpeakAnswerProps {
  limitSeconds: number | null;
  disabled: boolean;
  recording: Recording | null;
  onRecorded: (recording: Recording | null) => void;
}

/**
 * Speaking an answer: records on this computer and measures talk time. There is no speech recogniser
 * yet, so the person types the gist of what they said; the coach reads that, and the review uses the
 * measured talk time and pace.
 */
export function SpeakAnswer({ limitSeconds, disabled, recording, onRecorded }: SpeakAnswerProps) {
  const [active, setActive] = useState<ActiveRecorder | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const activeRef = useRef<ActiveRecorder | null>(null);

  useEffect(() => () => activeRef.current?.cancel(), []);
  const url = useMemo(() => (recording ? URL.createObjectURL(recording.audio) : null), [recording]);
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );

  if (!canRecord()) {
    return <p className="voice-note">Speaking needs a microphone, which this window cannot use; typing works.</p>;
  }

  async function start() {
    setNote(null);
    try {
      const started = await startRecording();
      activeRef.current = started;
      setActive(started);
    } catch (error) {
      setNote(explainMicrophoneError(error));
    }
  }

  async function stop() {
    const current = activeRef.current;
    if (!current) return;
    activeRef.current = null;
    setActive(null);
    onRecorded(await current.stop());
  }

  return (
    <div className="speak-answer">
      {active ? (
        <button type="button" className="button button-danger" onClick={() => void stop()}>
          Stop recording
        </button>
      ) : (
        <button type="button" className="button" onClick={() => void start()} disabled={disabled}>
          {recording ? 'Record again' : 'Speak your answer'}
        </button>
      )}
      {active ? (
        <p className="recording-note" role="status">
          Recording on this computer{limitSeconds ? `; the box cuts off at ${limitSeconds} s` : ''}…
        </p>
      ) : null}
      {recording && !active ? (
        <div className="recorded">
          <p role="status">
            Recorded {formatSeconds(recording.durationSeconds)}, about {recording.talkSeconds} s of it speech
            (estimated). Type the gist of what you said so the coach can follow, then send.
          </p>
          {url ? <audio controls src={url} aria-label="Your recorded answer" /> : null}
          <button type="button" className="link-button" onClick={() => onRecorded(null)}>
            Discard the recording
          </button>
        </div>
      ) : null}
      {note ? (
        <p className="voice-note" role="alert">
          {note}
        </p>
      ) : null}
    </div>
  );
}
