import { useEffect, useRef, useState } from 'react';
import { findLocalVoice, playBeep, speakLine, stopSpeaking } from './voice';

type FliteState = { kind: 'idle' } | { kind: 'preparing' } | { kind: 'played' } | { kind: 'failed'; message: string };

/**
 * "Hear it": their line in an offline voice. A local system voice (speechSynthesis with
 * localService === true) when there is one; otherwise Flite, compiled to WebAssembly and shipped with
 * Someday, loaded on first use.
 */
export function VoiceButton({ text, beep }: { text: string; beep: boolean }) {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(() => findLocalVoice());
  const [flite, setFlite] = useState<FliteState>({ kind: 'idle' });
  const audioRef = useRef<HTMLAudioElement | null>(null);

  useEffect(() => {
    const stopAudio = () => {
      audioRef.current?.pause();
      if (audioRef.current) URL.revokeObjectURL(audioRef.current.src);
      audioRef.current = null;
    };
    if (!('speechSynthesis' in window)) return stopAudio;
    const update = () => setVoice(findLocalVoice());
    window.speechSynthesis.addEventListener('voiceschanged', update);
    return () => {
      window.speechSynthesis.removeEventListener('voiceschanged', update);
      stopSpeaking();
      stopAudio();
    };
  }, []);

  async function speakWithFlite() {
    setFlite({ kind: 'preparing' });
    try {
      const { fliteWav } = await import('./flite/flite-voice');
      const wav = await fliteWav(text);
      audioRef.current?.pause();
      if (audioRef.current) URL.revokeObjectURL(audioRef.current.src);
      const audio = new Audio(URL.createObjectURL(wav));
      audioRef.current = audio;
      setFlite({ kind: 'played' });
      await audio.play().catch(() => undefined);
    } catch (error) {
      setFlite({
        kind: 'failed',
        message: `The offline voice could not start (${error instanceof Error ? error.message : 'unknown error'}), so the line is text only.`,
      });
    }
  }

  const beepButton = beep ? (
    <button type="button" className="button button-small button-quiet" onClick={playBeep}>
      Play the beep
    </button>
  ) : null;

  if (voice) {
    return (
      <div className="voice-actions">
        <button type="button" className="button button-small" onClick={() => speakLine(text, voice)}>
          Hear it ({voice.name}, on this computer)
        </button>
        {beepButton}
      </div>
    );
  }
  return (
    <div className="voice-actions">
      <button
        type="button"
        className="button button-small"
        onClick={() => void speakWithFlite()}
        aria-busy={flite.kind === 'preparing'}
        disabled={flite.kind === 'preparing'}
      >
        Hear it (offline Flite voice)
      </button>
      {beepButton}
      <p className="voice-note" role="status">
        {flite.kind === 'preparing'
          ? 'Preparing the offline voice (the first time takes a few seconds)…'
          : flite.kind === 'played'
            ? 'Spoken with the offline Flite voice, on this computer.'
            : flite.kind === 'failed'
              ? flite.message
              : 'No system voice here, so Someday uses its own offline voice.'}
      </p>
    </div>
  );
}
