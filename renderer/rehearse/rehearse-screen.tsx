import { useState } from 'react';
import type { Rehearsal } from '../../core/rehearsals';
import { call } from '../api';
import { Screen } from '../shell/screen-header';
import { describeError } from '../ui/error-message';
import { History } from './history';
import { ReviewView } from './review-view';
import { SessionView } from './session-view';
import { SetupForm, type SessionChoice } from './setup-form';
import { useRehearseData } from './use-rehearse-data';
import './rehearse.css';

type Stage =
  | { kind: 'setup' }
  | { kind: 'session'; choice: SessionChoice; rehearsal: Rehearsal }
  | { kind: 'review'; rehearsalId: number; choice: SessionChoice | null };

/** Rehearse the call: set up, talk through a scenario, then review; past rehearsals below. */
export function RehearseScreen() {
  const data = useRehearseData();
  const [stage, setStage] = useState<Stage>({ kind: 'setup' });
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start(choice: SessionChoice) {
    setStarting(true);
    setError(null);
    try {
      const rehearsal = await call('rehearsals:create', {
        contactId: choice.contact.id,
        draftId: choice.draft?.id ?? null,
        scenarioId: choice.scenario.id,
        rung: choice.rung,
      });
      setStage({ kind: 'session', choice, rehearsal });
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setStarting(false);
    }
  }

  function backToSetup() {
    data.reloadHistory();
    setStage({ kind: 'setup' });
  }

  const reviewScenario =
    stage.kind === 'review'
      ? (stage.choice?.scenario ??
        data.library.scenarios.find(
          (scenario) => scenario.id === data.history.find((r) => r.id === stage.rehearsalId)?.scenarioId,
        ) ??
        null)
      : null;

  return (
    <Screen
      className="rehearse-screen"
      title="Rehearse"
      subtitle={'Practise the follow-up call until it feels natural. Everything stays on this computer.'}
    >
      <div className="rehearse-body">
        {data.loading ? <p className="rehearse-empty">Loading…</p> : null}
        {data.error ? (
          <p className="field-error" role="alert">
            {data.error}
          </p>
        ) : null}
        {data.library.problems.length > 0 ? (
          <div className="scenario-problems" role="note">
            <p>Some scenario files could not be read; the others are ready:</p>
            <ul>
              {data.library.problems.map((problem) => (
                <li key={problem.file}>{problem.message}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {!data.loading && stage.kind === 'setup' ? (
          <>
            <SetupForm
              firstContact={data.firstContact}
              scenarios={data.library.scenarios}
              busy={starting}
              error={error}
              onStart={(choice) => void start(choice)}
            />
            <History
              rehearsals={data.history}
              onChanged={data.reloadHistory}
              onOpen={(rehearsal) => setStage({ kind: 'review', rehearsalId: rehearsal.id, choice: null })}
            />
          </>
        ) : null}
        {stage.kind === 'session' ? (
          <SessionView
            key={stage.rehearsal.id}
            choice={stage.choice}
            rehearsal={stage.rehearsal}
            onFinished={(rehearsalId) => {
              data.reloadHistory();
              setStage({ kind: 'review', rehearsalId, choice: stage.choice });
            }}
            onCancel={backToSetup}
          />
        ) : null}
        {stage.kind === 'review' ? (
          <ReviewView
            rehearsalId={stage.rehearsalId}
            scenario={reviewScenario}
            onAgain={() => (stage.choice ? void start(stage.choice) : backToSetup())}
            onDone={backToSetup}
          />
        ) : null}
      </div>
    </Screen>
  );
}
