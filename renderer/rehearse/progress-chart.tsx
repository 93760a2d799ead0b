import { useEffect, useMemo, useRef } from 'react';
import { CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import type { Rehearsal } from '../../core/rehearsals';
import { useChartColours, type ChartColours } from '../ui/chart-colours';
import { progressChartConfig, progressSeries, type ProgressSeries } from './progress-series';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip);

function SmallChart({
  series,
  colours,
  describedBy,
}: {
  series: ProgressSeries;
  colours: ChartColours;
  describedBy: string;
}) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return undefined;
    const chart = new Chart(canvas, progressChartConfig(series, colours) as never);
    return () => chart.destroy();
  }, [series, colours]);
  const titleId = `progress-${series.key}-title`;
  return (
    <figure className="progress-small" aria-labelledby={titleId}>
      <figcaption id={titleId} className="progress-small-title">
        {series.title}
      </figcaption>
      <div className="progress-small-canvas">
        <canvas
          ref={canvasRef}
          role="img"
          aria-label={`${series.title} across your rehearsals; the table below has the same numbers.`}
          aria-describedby={describedBy}
        />
      </div>
    </figure>
  );
}

/**
 * Coverage, talk time and pace across finished rehearsals, oldest first: three small charts side by side,
 * each with its own scale, in the theme's colours. Loaded as its own chunk.
 */
export default function ProgressChart({ rehearsals, describedBy }: { rehearsals: Rehearsal[]; describedBy: string }) {
  const colours = useChartColours();
  const allSeries = useMemo(() => progressSeries(rehearsals), [rehearsals]);
  if (!colours) return null;
  return (
    <div className="progress-chart">
      {allSeries.map((series) => (
        <SmallChart key={series.key} series={series} colours={colours} describedBy={describedBy} />
      ))}
    </div>
  );
}
