/**
 * The other party's voice, offline only. speechSynthesis is used only when the system offers a voice
 * with localService === true (a voice on this computer; never a network voice). Otherwise there is no
 * voice and the line stays as text: Someday never sends text to a cloud voice.
 */
export function findLocalVoice(): SpeechSynthesisVoice | null {
  if (typeof window === 'undefined' || !('speechSynthesis' in window)) return null;
  const voices = window.speechSynthesis.getVoices().filter((voice) => voice.localService);
  return voices.find((voice) => /^en/i.test(voice.lang)) ?? voices[0] ?? null;
}

export function speakLine(text: string, voice: SpeechSynthesisVoice): void {
  window.speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.rate = 1;
  window.speechSynthesis.speak(utterance);
}

export function stopSpeaking(): void {
  if (typeof window !== 'undefined' && 'speechSynthesis' in window) window.speechSynthesis.cancel();
}

/** A short tone like a voicemail beep, made on this computer with Web Audio. */
export function playBeep(): void {
  const AudioContextClass = window.AudioContext as typeof AudioContext | undefined;
  if (!AudioContextClass) return;
  const context = new AudioContextClass();
  const tone = context.createOscillator();
  const gain = context.createGain();
  tone.frequency.value = 1000;
  gain.gain.value = 0.15;
  tone.connect(gain).connect(context.destination);
  tone.start();
  tone.stop(context.currentTime + 0.35);
  tone.onended = () => void context.close();
}
