import { useEffect, useMemo, useRef, useState } from 'react';
import { canRecord, explainMicrophoneError, startRecording, type ActiveRecorder, type Recording } from './recorder';
import { formatSeconds } from './format';
import { MAX_LISTEN_SECONDS } from './speech/limits';
import type { Listened } from './speech/recognizer';
import './speak-answer.css';

export interface SpokenAnswer {
  talkSeconds: number;
  audio: Blob | null;
}

interface SpeakAnswerProps {
  limitSeconds: number | null;
  disabled: boolean;
  recording: Recording | null;
  onRecorded: (recording: Recording | null) => void;
  /** The person's script, for the recogniser's phrases. */
  script: string;
  /** What the recogniser heard, as an answer text the person can correct before sending. */
  onHeard: (text: string) => void;
}

type Listening =
  { state: 'idle' } | { state: 'listening' } | { state: 'done'; listened: Listened } | { state: 'failed' };

/**
 * Speaking an answer: records on this computer and measures talk time, then the local recogniser
 * (SoundSwallower, loaded on first use) listens back for the three parts and the script's phrases. What
 * it heard goes into the answer box as an estimate, for the person to correct before sending.
 */
export function SpeakAnswer({ limitSeconds, disabled, recording, onRecorded, script, onHeard }: SpeakAnswerProps) {
  const [active, setActive] = useState<ActiveRecorder | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [listening, setListening] = useState<Listening>({ state: 'idle' });
  const activeRef = useRef<ActiveRecorder | null>(null);
  const latest = useRef(0);

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
    const made = await current.stop();
    const attempt = ++latest.current;
    setListening({ state: 'listening' });
    onRecorded({ ...made, measured: false });
    try {
      const { listenBack } = await import('./speech/recognizer');
      // Talk time from the recording itself, measured as the review and `npm run hear` measure it.
      const listened = await listenBack(made.audio, script, (talk) => {
        if (attempt === latest.current) onRecorded({ ...made, talkSeconds: talk.talkSeconds, measured: true });
      });
      if (attempt !== latest.current) return;
      setListening({ state: 'done', listened });
      if (listened.outcome === 'heard') onHeard(listened.heard.text);
    } catch {
      if (attempt === latest.current) setListening({ state: 'failed' });
    }
  }

  function discard() {
    latest.current += 1;
    setListening({ state: 'idle' });
    onRecorded(null);
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
            Recorded {formatSeconds(recording.durationSeconds)}
            {recording.measured
              ? `; talk time ${recording.talkSeconds} s, from your first word to your last.`
              : `, about ${recording.talkSeconds} s of it speech.`}
          </p>
          <HeardNote listening={listening} talkSeconds={recording.talkSeconds} />
          {url ? <audio controls src={url} aria-label="Your recorded answer" /> : null}
          <button type="button" className="link-button" onClick={discard}>
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

function HeardNote({ listening, talkSeconds }: { listening: Listening; talkSeconds: number }) {
  if (listening.state === 'idle') return null;
  if (listening.state === 'listening') {
    return (
      <p className="heard-note" role="status">
        Listening back on this computer for your thanks, your interest and your ask…
      </p>
    );
  }
  if (listening.state === 'failed') {
    return (
      <p className="heard-note" role="status">
        The recogniser could not listen back this time. Type the gist of what you said, then send.
      </p>
    );
  }
  const { listened } = listening;
  if (listened.outcome !== 'heard') {
    const why = {
      silent: 'No speech was found in the recording. Check the microphone, or type your answer.',
      'too-long': `This answer ran over ${Math.round(MAX_LISTEN_SECONDS / 60)} minutes, so Someday did not listen back for the parts. Type the gist of what you said, then send.`,
      'timed-out':
        'Listening back took too long on this computer, so it was stopped. Type the gist of what you said, then send.',
    }[listened.outcome];
    return (
      <p className="heard-note" role="status">
        {why}
      </p>
    );
  }
  const { heard } = listened;
  const pace = talkSeconds > 0 && heard.wordCount > 0 ? Math.round((heard.wordCount / talkSeconds) * 60) : null;
  return (
    <div className="heard-note" role="status">
      <p>
        <span className="estimate-label">Estimate</span>{' '}
        {heard.text ? (
          <>
            Heard: <q className="heard-text">{heard.text}</q>
          </>
        ) : (
          'Heard none of your phrases clearly.'
        )}
      </p>
      <p className="field-hint">
        {pace ? `Pace about ${pace} words a minute (estimate). ` : ''}
        The recogniser listens only for your script's phrases and the three parts, so it is an estimate: correct the
        answer box to match what you said, then send.
      </p>
    </div>
  );
}
