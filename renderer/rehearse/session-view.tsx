import { useEffect, useRef, useState, type FormEvent } from 'react';
import { REHEARSAL_LIMITS, type Rehearsal, type TurnSaved } from '../../core/rehearsals';
import { fillScenarioLine, findStep, type ScenarioPeople } from '../../core/scenarios';
import { call } from '../api';
import { useSettings } from '../shell/settings-context';
import { describeError } from '../ui/error-message';
import { ScriptAid } from './script-aid';
import type { SessionChoice } from './setup-form';
import { TurnTimer } from './turn-timer';
import { VoiceButton } from './voice-button';
import { SpeakAnswer, type SpokenAnswer } from './speak-answer';
import type { Recording } from './recorder';

interface SessionViewProps {
  choice: SessionChoice;
  rehearsal: Rehearsal;
  onFinished: (rehearsalId: number) => void;
  onCancel: () => void;
}

interface Exchange {
  line: string;
  answer: string;
}

export function peopleFor(choice: SessionChoice, myName: string): ScenarioPeople {
  return {
    contactName: choice.contact.name,
    jobTitle: choice.contact.jobTitle,
    company: choice.contact.company,
    position: choice.contact.position,
    myName,
  };
}

export function SessionView({ choice, rehearsal, onFinished, onCancel }: SessionViewProps) {
  const { settings } = useSettings();
  const people = peopleFor(choice, settings.myName);
  const { scenario } = choice;
  const [stepId, setStepId] = useState(rehearsal.currentStep);
  const [line, setLine] = useState(() => fillScenarioLine(findStep(scenario, rehearsal.currentStep)!.line, people));
  const [exchanges, setExchanges] = useState<Exchange[]>([]);
  const [answer, setAnswer] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [ended, setEnded] = useState(false);
  const [recording, setRecording] = useState<Recording | null>(null);
  const lastHeard = useRef('');
  const lineRef = useRef<HTMLParagraphElement>(null);
  const step = findStep(scenario, stepId)!;

  useEffect(() => {
    lineRef.current?.focus();
  }, [stepId]);

  async function send(text: string, spoken: SpokenAnswer | null) {
    if (sending) return;
    setSending(true);
    setError(null);
    try {
      const saved: TurnSaved = await call('rehearsals:save-turn', {
        rehearsalId: rehearsal.id,
        stepId,
        text,
        mode: spoken ? 'spoken' : 'typed',
        talkSeconds: spoken ? spoken.talkSeconds : null,
      });
      if (spoken?.audio) {
        await saveRecording(saved.turn.id, spoken.audio).catch((failure: unknown) =>
          setError(`Your answer is saved, but not its recording: ${describeError(failure)}`),
        );
      }
      setExchanges((previous) => [...previous, { line, answer: text }]);
      setAnswer('');
      setRecording(null);
      setStepId(saved.nextStepId);
      setLine(saved.nextLine);
      setEnded(saved.ended);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setSending(false);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void send(answer.trim(), recording ? { talkSeconds: recording.talkSeconds, audio: recording.audio } : null);
  }

  return (
    <div className="rehearse-session">
      <div className="session-main">
        <ol className="session-transcript" aria-label="The call so far">
          {exchanges.map((exchange, index) => (
            <li key={index}>
              <p className="them-line">
                <span className="speaker">{choice.contact.name}:</span> {exchange.line}
              </p>
              <p className="you-line">
                <span className="speaker">You:</span> {exchange.answer || '(no answer)'}
              </p>
            </li>
          ))}
        </ol>
        <section className="them-now" aria-labelledby="them-now-title">
          <h2 id="them-now-title" className="rehearse-section-title">
            {ended
              ? 'End of the call'
              : scenario.kind === 'voicemail' && exchanges.length === 0
                ? 'Their voicemail'
                : `${choice.contact.name} says`}
          </h2>
          <p className="them-now-line" tabIndex={-1} ref={lineRef} aria-live="polite">
            {line}
          </p>
          {step.beep && !ended ? <p className="beep-note">Beep. You're recording now.</p> : null}
          <VoiceButton text={line} beep={Boolean(step.beep) && !ended} />
          {step.tip && !ended ? <p className="step-tip">{fillScenarioLine(step.tip, people)}</p> : null}
        </section>
        {ended ? (
          <div className="session-ended">
            <button type="button" className="button button-primary" onClick={() => onFinished(rehearsal.id)}>
              See your review
            </button>
          </div>
        ) : (
          <form className="answer-form" onSubmit={submit}>
            <TurnTimer key={stepId} target={step.target ?? null} limit={step.limitSeconds ?? null} />
            <label className="field-label" htmlFor="rehearse-answer">
              Your answer
            </label>
            <textarea
              id="rehearse-answer"
              className="textarea textarea-compact"
              value={answer}
              maxLength={REHEARSAL_LIMITS.answer}
              rows={4}
              onChange={(event) => setAnswer(event.target.value)}
              aria-describedby="rehearse-answer-hint"
            />
            <p className="field-hint" id="rehearse-answer-hint">
              Type what you would say, or speak it aloud: what Someday heard appears here for you to correct. Talk time
              for a typed answer is estimated from your speaking pace.
            </p>
            {error ? (
              <p className="field-error" role="alert">
                {error}
              </p>
            ) : null}
            <div className="answer-actions">
              <button type="submit" className="button button-primary" aria-busy={sending}>
                Send answer
              </button>
              <SpeakAnswer
                key={stepId}
                limitSeconds={step.limitSeconds ?? null}
                disabled={sending}
                recording={recording}
                onRecorded={setRecording}
                script={choice.draft?.body ?? ''}
                onHeard={(heard) => {
                  // Fill the box only if it is empty or still holds what was heard before.
                  setAnswer((current) => (current.trim() === '' || current === lastHeard.current ? heard : current));
                  lastHeard.current = heard;
                }}
              />
              <button type="button" className="button button-quiet" onClick={onCancel}>
                Stop rehearsing
              </button>
            </div>
          </form>
        )}
      </div>
      <aside className="session-aside">
        <ScriptAid rung={choice.rung} script={choice.draft?.body ?? ''} card={choice.card} />
      </aside>
    </div>
  );
}

async function saveRecording(turnId: number, audio: Blob): Promise<void> {
  const data = await blobToBase64(audio);
  await call('recordings:save', { turnId, mimeType: audio.type || 'audio/webm', data });
}

export async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return window.btoa(binary);
}
