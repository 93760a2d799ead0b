/**
 * The outcomes bar chart. Only the chart.js parts it uses are registered, and this module is loaded
 * on demand with the outcomes panel, so chart.js stays out of the first screen's JavaScript.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface OutcomeSeries {
  labels: string[];
  followUps: number[];
  replies: number[];
}

export interface ChartColours {
  text: string;
  grid: string;
  sent: string;
  replied: string;
}

export function drawOutcomes(canvas: HTMLCanvasElement, series: OutcomeSeries, colours: ChartColours): () => void {
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: series.labels,
      datasets: [
        { label: 'Follow-ups', data: series.followUps, backgroundColor: colours.sent },
        { label: 'Led to a reply', data: series.replies, backgroundColor: colours.replied },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      color: colours.text,
      scales: {
        x: { ticks: { color: colours.text }, grid: { color: colours.grid } },
        y: { beginAtZero: true, ticks: { color: colours.text, precision: 0 }, grid: { color: colours.grid } },
      },
      plugins: { legend: { labels: { color: colours.text } } },
    },
  });
  return () => chart.destroy();
}
