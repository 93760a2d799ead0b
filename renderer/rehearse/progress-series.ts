import type { Rehearsal } from '../../core/rehearsals';
import type { ChartColours } from '../ui/chart-colours';
import { formatSeconds } from './format';

/** One small chart: one measure, its own scale and unit. */
export interface ProgressSeries {
  key: 'coverage' | 'talk' | 'pace';
  title: string;
  /** Rehearsal numbers, oldest first: "1", "2", … */
  labels: string[];
  values: (number | null)[];
  min: number;
  /** Fixed top of the scale, or null to fit the values. */
  max: number | null;
  /** How a value reads on the axis and in the tooltip. */
  format: (value: number) => string;
}

/** Coverage, talk time and pace across finished rehearsals, oldest first: three measures, three scales. */
export function progressSeries(rehearsals: readonly Rehearsal[]): ProgressSeries[] {
  const reviewed = rehearsals.flatMap((r) => (r.review ? [r.review] : [])).reverse();
  const labels = reviewed.map((_review, index) => String(index + 1));
  return [
    {
      key: 'coverage',
      title: 'Parts covered',
      labels,
      values: reviewed.map((review) => Math.round(review.coverage * 100)),
      min: 0,
      max: 100,
      format: (value) => `${value}%`,
    },
    {
      key: 'talk',
      title: 'Talk time',
      labels,
      values: reviewed.map((review) => review.talkSeconds),
      min: 0,
      max: null,
      format: formatSeconds,
    },
    {
      key: 'pace',
      title: 'Pace',
      labels,
      values: reviewed.map((review) => review.wordsPerMinute ?? null),
      min: 0,
      max: null,
      format: (value) => `${value} wpm`,
    },
  ];
}

/** The chart.js configuration of one small chart: one line in the theme's colour, one y scale. */
export function progressChartConfig(series: ProgressSeries, colours: ChartColours) {
  const font = { size: 12 };
  return {
    type: 'line' as const,
    data: {
      labels: series.labels,
      datasets: [
        {
          label: series.title,
          data: series.values,
          borderColor: colours.primary,
          backgroundColor: colours.primary,
          pointBackgroundColor: colours.primary,
          pointRadius: 3,
          borderWidth: 2,
          spanGaps: true,
        },
      ],
    },
    options: {
      animation: false as const,
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        x: {
          title: { display: true, text: 'Rehearsal', color: colours.text, font },
          ticks: { color: colours.text, font },
          grid: { display: false },
          border: { color: colours.grid },
        },
        y: {
          min: series.min,
          ...(series.max === null ? {} : { max: series.max }),
          ticks: {
            color: colours.text,
            font,
            maxTicksLimit: 5,
            callback: (value: number | string) => series.format(Number(value)),
          },
          grid: { color: colours.grid },
          border: { display: false },
        },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: { label: (item: { parsed: { y: number | null } }) => series.format(item.parsed.y ?? 0) },
        },
      },
    },
  };
}
