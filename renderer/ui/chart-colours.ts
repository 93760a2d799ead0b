import { useEffect, useState } from 'react';

/** Concrete colours for a canvas chart, read from the theme's tokens (canvas cannot read CSS variables). */
export interface ChartColours {
  /** Tick labels and titles. */
  text: string;
  /** Grid lines and axis borders. */
  grid: string;
  /** The main series. */
  primary: string;
  /** A second series beside the first (a quieter, neutral colour). */
  secondary: string;
}

export const CHART_TOKENS: Record<keyof ChartColours, string> = {
  text: '--color-text-muted',
  grid: '--color-border',
  primary: '--color-chart-primary',
  secondary: '--color-chart-secondary',
};

/**
 * Resolves each token through a hidden probe element, so `light-dark()` and the chosen theme are applied
 * by the browser and the chart gets plain `rgb()` colours.
 */
export function readChartColours(): ChartColours {
  const probe = document.createElement('span');
  probe.hidden = true;
  document.body.append(probe);
  const colours = Object.fromEntries(
    Object.entries(CHART_TOKENS).map(([name, token]) => {
      probe.style.color = `var(${token})`;
      return [name, getComputedStyle(probe).color];
    }),
  ) as unknown as ChartColours;
  probe.remove();
  return colours;
}

/**
 * The chart colours for the current theme, read again when the theme changes (`data-theme` on <html>,
 * set by the shell) or the system's light or dark scheme does.
 */
export function useChartColours(): ChartColours | null {
  const [colours, setColours] = useState<ChartColours | null>(null);
  useEffect(() => {
    const read = () => setColours(readChartColours());
    read();
    const observer = new MutationObserver(read);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    const scheme = typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null;
    scheme?.addEventListener('change', read);
    return () => {
      observer.disconnect();
      scheme?.removeEventListener('change', read);
    };
  }, []);
  return colours;
}
