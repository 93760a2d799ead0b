/**
 * The outcomes bar chart. Only the chart.js parts it uses are registered, and this module is loaded
 * on demand with the outcomes panel, so chart.js stays out of the first screen's JavaScript.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import type { ChartColours } from '../ui/chart-colours';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface OutcomeSeries {
  labels: string[];
  followUps: number[];
  replies: number[];
}

export function drawOutcomes(canvas: HTMLCanvasElement, series: OutcomeSeries, colours: ChartColours): () => void {
  const font = { size: 12 };
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: series.labels,
      datasets: [
        { label: 'Follow-ups', data: series.followUps, backgroundColor: colours.secondary, borderRadius: 3 },
        { label: 'Led to a reply', data: series.replies, backgroundColor: colours.primary, borderRadius: 3 },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      color: colours.text,
      scales: {
        x: { ticks: { color: colours.text, font }, grid: { display: false }, border: { color: colours.grid } },
        y: {
          beginAtZero: true,
          title: { display: true, text: 'Follow-ups', color: colours.text, font },
          ticks: { color: colours.text, precision: 0, font },
          grid: { color: colours.grid },
          border: { display: false },
        },
      },
      plugins: { legend: { labels: { color: colours.text, font, boxWidth: 12, boxHeight: 12 } } },
    },
  });
  return () => chart.destroy();
}
