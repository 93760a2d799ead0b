import { useEffect, useRef } from 'react';
import {
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import type { Rehearsal } from '../../core/rehearsals';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip, Legend);

function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

/** Coverage, talk time and pace across finished rehearsals, oldest first. Loaded as its own chunk. */
export default function ProgressChart({ rehearsals, describedBy }: { rehearsals: Rehearsal[]; describedBy: string }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const points = rehearsals.filter((r) => r.review).reverse();
    const text = cssVar('--color-text-muted', '#555');
    const grid = cssVar('--color-border', '#ddd');
    const chart = new Chart(canvas, {
      type: 'line',
      data: {
        labels: points.map((_rehearsal, index) => `${index + 1}`),
        datasets: [
          {
            label: 'Coverage (%)',
            data: points.map((r) => Math.round(r.review!.coverage * 100)),
            borderColor: cssVar('--color-accent', '#2563eb'),
            backgroundColor: cssVar('--color-accent', '#2563eb'),
            yAxisID: 'y',
          },
          {
            label: 'Talk time (s)',
            data: points.map((r) => r.review!.talkSeconds),
            borderColor: cssVar('--color-note', '#b45309'),
            backgroundColor: cssVar('--color-note', '#b45309'),
            borderDash: [6, 4],
            yAxisID: 'y',
          },
          {
            label: 'Pace (words a minute)',
            data: points.map((r) => r.review!.wordsPerMinute),
            borderColor: cssVar('--color-text', '#111'),
            backgroundColor: cssVar('--color-text', '#111'),
            borderDash: [2, 3],
            spanGaps: true,
            yAxisID: 'y',
          },
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: {
            title: { display: true, text: 'Rehearsal', color: text },
            ticks: { color: text },
            grid: { color: grid },
          },
          y: { beginAtZero: true, ticks: { color: text }, grid: { color: grid } },
        },
        plugins: { legend: { labels: { color: text } } },
      },
    });
    return () => chart.destroy();
  }, [rehearsals]);

  return (
    <div className="progress-chart">
      <canvas
        ref={canvasRef}
        role="img"
        aria-label="Chart of coverage, talk time and pace across your rehearsals; the same numbers are in the table below."
        aria-describedby={describedBy}
      />
    </div>
  );
}
