import { useEffect, useState } from 'react';
import { findLocalVoice, playBeep, speakLine, stopSpeaking } from './voice';

/** "Hear it": speaks their line with a local system voice, or explains why the line is text only. */
export function VoiceButton({ text, beep }: { text: string; beep: boolean }) {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(() => findLocalVoice());
  useEffect(() => {
    if (!('speechSynthesis' in window)) return;
    const update = () => setVoice(findLocalVoice());
    window.speechSynthesis.addEventListener('voiceschanged', update);
    return () => {
      window.speechSynthesis.removeEventListener('voiceschanged', update);
      stopSpeaking();
    };
  }, []);

  if (!voice) {
    return (
      <p className="voice-note">
        This computer has no offline voice, so their line is shown as text only. Read it aloud, or imagine it.
        {beep ? (
          <>
            {' '}
            <button type="button" className="link-button" onClick={playBeep}>
              Play the beep
            </button>
          </>
        ) : null}
      </p>
    );
  }
  return (
    <div className="voice-actions">
      <button
        type="button"
        className="button button-small"
        onClick={() => {
          speakLine(text, voice);
        }}
      >
        Hear it ({voice.name}, on this computer)
      </button>
      {beep ? (
        <button type="button" className="button button-small button-quiet" onClick={playBeep}>
          Play the beep
        </button>
      ) : null}
    </div>
  );
}
