import { Suspense, use, useEffect, useRef, type RefObject } from 'react';
import { INTERACTION_KIND_LABELS, type ChannelOutcome } from '../../core/followups';
import { useChartColours, type ChartColours } from '../ui/chart-colours';
import { useApiRead } from '../ui/use-api';

function percent(outcome: ChannelOutcome): string {
  return outcome.followUps === 0 ? '–' : `${Math.round((outcome.replies / outcome.followUps) * 100)}%`;
}

type ChartModule = typeof import('./outcomes-chart');

/**
 * chart.js comes with the first chart drawn, not with Today: loaded once and shared by every draw. A chunk
 * that fails to load leaves the table alone on screen (null) rather than failing the screen.
 */
let chartModule: Promise<ChartModule | null> | null = null;
const loadChart = () => (chartModule ??= import('./outcomes-chart').catch(() => null));

/** Draws the chart on the panel's canvas once chart.js is in (the canvas and its label are there before). */
function DrawOutcomes({
  canvasRef,
  outcomes,
  colours,
}: {
  canvasRef: RefObject<HTMLCanvasElement | null>;
  outcomes: ChannelOutcome[];
  colours: ChartColours;
}) {
  const drawOutcomes = use(loadChart())?.drawOutcomes;
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !drawOutcomes) return undefined;
    const destroy = drawOutcomes(
      canvas,
      {
        labels: outcomes.map((o) => INTERACTION_KIND_LABELS[o.channel]),
        followUps: outcomes.map((o) => o.followUps),
        replies: outcomes.map((o) => o.replies),
      },
      colours,
    );
    // Drawn: screenshots (and anyone checking) can wait for this rather than guess.
    canvas.dataset.drawn = 'true';
    return destroy;
  }, [canvasRef, drawOutcomes, outcomes, colours]);
  return null;
}

/**
 * How many follow-ups led to a reply or a re-engagement, by channel: a small bar chart, and the same
 * numbers as a table for anyone who does not use the picture.
 */
export function OutcomesPanel() {
  const { data: outcomes, error } = useApiRead('outcomes:by-channel');
  const colours = useChartColours();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const total = outcomes?.reduce((sum, o) => sum + o.followUps, 0) ?? 0;

  return (
    <section className="today-section outcomes" aria-labelledby="outcomes-title">
      <h2 id="outcomes-title" className="settings-section-title">
        What came of it
      </h2>
      {error ? <p role="alert">{error}</p> : null}
      {outcomes && total === 0 ? (
        <p className="today-empty">Once you log follow-ups, you will see here which ones brought a reply.</p>
      ) : null}
      {outcomes && total > 0 ? (
        <div className="outcomes-figure">
          <div className="outcomes-chart">
            <canvas
              ref={canvasRef}
              role="img"
              aria-label="Bar chart of follow-ups and replies by channel; the table beside it has the same numbers"
            />
            {colours ? (
              <Suspense fallback={null}>
                <DrawOutcomes canvasRef={canvasRef} outcomes={outcomes} colours={colours} />
              </Suspense>
            ) : null}
          </div>
          <table className="outcomes-table">
            <caption className="visually-hidden">Follow-ups and replies by channel</caption>
            <thead>
              <tr>
                <th scope="col">Channel</th>
                <th scope="col">Follow-ups</th>
                <th scope="col">Led to a reply or re-engagement</th>
                <th scope="col">Share</th>
              </tr>
            </thead>
            <tbody>
              {outcomes.map((o) => (
                <tr key={o.channel}>
                  <th scope="row">{INTERACTION_KIND_LABELS[o.channel]}</th>
                  <td>{o.followUps}</td>
                  <td>{o.replies}</td>
                  <td>{percent(o)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
