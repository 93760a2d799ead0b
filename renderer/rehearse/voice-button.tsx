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
      console.warn('The built-in voice could not start.', error);
      setFlite({ kind: 'failed', message: 'Their voice could not play here, so read the line instead.' });
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
          Hear their line
        </button>
        {beepButton}
      </div>
    );
  }
  return (
    <div className="voice-actions" data-voice-state={flite.kind}>
      <button
        type="button"
        className="button button-small"
        onClick={() => void speakWithFlite()}
        aria-busy={flite.kind === 'preparing'}
        disabled={flite.kind === 'preparing'}
      >
        Hear their line
      </button>
      {beepButton}
      <p className="voice-note" role="status">
        {flite.kind === 'preparing'
          ? 'Getting the voice ready (a few seconds the first time)…'
          : flite.kind === 'failed'
            ? flite.message
            : ''}
      </p>
    </div>
  );
}
