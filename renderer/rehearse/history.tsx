import { lazy, Suspense, useState } from 'react';
import type { Rehearsal } from '../../core/rehearsals';
import { call } from '../api';
import { useAnnounce } from '../shell/status';
import { describeError } from '../ui/error-message';
import { formatSeconds, percent } from './format';
import './history.css';

const ProgressChart = lazy(() => import('./progress-chart'));

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Past rehearsals: a progress chart (its own lazy chunk) and the same numbers as a table. */
export function History({
  rehearsals,
  onOpen,
  onChanged,
}: {
  rehearsals: Rehearsal[];
  onOpen: (rehearsal: Rehearsal) => void;
  onChanged: () => void;
}) {
  const announce = useAnnounce();
  const [error, setError] = useState<string | null>(null);
  const finished = rehearsals.filter((r) => r.review);

  async function remove(rehearsal: Rehearsal) {
    try {
      await call('rehearsals:delete', { id: rehearsal.id });
      announce('Rehearsal deleted');
      onChanged();
    } catch (failure) {
      setError(describeError(failure));
    }
  }

  return (
    <section className="rehearse-history" aria-labelledby="history-title">
      <h2 id="history-title" className="rehearse-section-title">
        Your rehearsals
      </h2>
      {rehearsals.length === 0 ? (
        <p className="rehearse-empty">No rehearsals yet. Your first one will show up here, with its review.</p>
      ) : (
        <>
          {finished.length >= 2 ? (
            <Suspense fallback={<p className="rehearse-empty">Drawing the chart…</p>}>
              <ProgressChart rehearsals={finished} describedBy="history-table-caption" />
            </Suspense>
          ) : null}
          {error ? (
            <p className="field-error" role="alert">
              {error}
            </p>
          ) : null}
          <table className="history-table">
            <caption id="history-table-caption">Progress across rehearsals, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Scenario</th>
                <th scope="col">Coverage</th>
                <th scope="col">Talk time</th>
                <th scope="col">Pace</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rehearsals.map((rehearsal) => (
                <tr key={rehearsal.id}>
                  <td>{formatDate(rehearsal.createdAt)}</td>
                  <td>{rehearsal.contactName}</td>
                  <td>{rehearsal.scenarioTitle}</td>
                  <td>{rehearsal.review ? percent(rehearsal.review.coverage) : 'stopped early'}</td>
                  <td>{rehearsal.review ? formatSeconds(rehearsal.review.talkSeconds) : '–'}</td>
                  <td>{rehearsal.review?.wordsPerMinute ? `${rehearsal.review.wordsPerMinute} wpm` : '–'}</td>
                  <td className="history-actions">
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => onOpen(rehearsal)}
                      aria-label={`Open the review of ${rehearsal.scenarioTitle} with ${rehearsal.contactName}`}
                    >
                      Review
                    </button>
                    <button
                      type="button"
                      className="button button-small button-quiet-danger"
                      onClick={() => void remove(rehearsal)}
                      aria-label={`Delete the rehearsal ${rehearsal.scenarioTitle} with ${rehearsal.contactName}`}
                    >
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
