import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Rehearsal } from '../../core/rehearsals';
import { progressChartConfig, progressSeries } from '../../renderer/rehearse/progress-series';
import { CHART_TOKENS, type ChartColours } from '../../renderer/ui/chart-colours';

const COLOURS: ChartColours = {
  text: 'rgb(88, 93, 98)',
  grid: 'rgb(226, 223, 216)',
  primary: 'rgb(43, 106, 97)',
  secondary: 'rgb(166, 159, 146)',
};

function rehearsal(id: number, coverage: number, talkSeconds: number, wordsPerMinute: number | null): Rehearsal {
  return {
    id,
    contactId: 1,
    contactName: 'Priya Raman',
    draftId: null,
    scenarioId: 'warm-pickup',
    scenarioTitle: 'A warm pickup',
    rung: 'script',
    status: 'finished',
    currentStep: 'end',
    turnCount: 3,
    review: { coverage, talkSeconds, wordsPerMinute } as Rehearsal['review'],
    createdAt: `2026-12-0${id}T10:00:00.000Z`,
    finishedAt: `2026-12-0${id}T10:05:00.000Z`,
  };
}

// Newest first, as rehearsals:list answers.
const REHEARSALS = [rehearsal(3, 1, 95, 148), rehearsal(2, 2 / 3, 70, null), rehearsal(1, 1 / 3, 40, 120)];

describe('the rehearsal progress chart', () => {
  it('draws each measure in its own small chart with its own scale and unit, oldest first', () => {
    const series = progressSeries(REHEARSALS);
    expect(series.map((s) => s.title)).toEqual(['Parts covered', 'Talk time', 'Pace']);
    expect(series.map((s) => s.values)).toEqual([
      [33, 67, 100],
      [40, 70, 95],
      [120, null, 148],
    ]);
    expect(series.every((s) => s.labels.join() === '1,2,3')).toBe(true);
    const [coverage, talk, pace] = series.map((s) => progressChartConfig(s, COLOURS));
    expect(coverage!.options.scales.y).toMatchObject({ min: 0, max: 100 });
    expect(coverage!.options.scales.y.ticks.callback(50)).toBe('50%');
    expect(talk!.options.scales.y.ticks.callback(95)).toBe('1:35');
    expect(pace!.options.scales.y.ticks.callback(150)).toBe('150 wpm');
    for (const config of [coverage!, talk!, pace!]) {
      expect(Object.keys(config.options.scales)).toEqual(['x', 'y']);
      expect(config.data.datasets).toHaveLength(1);
    }
  });

  it('uses the theme colours it is given, solid lines, readable labels and no legend swatches', () => {
    for (const series of progressSeries(REHEARSALS)) {
      const config = progressChartConfig(series, COLOURS);
      const [line] = config.data.datasets;
      expect(line).toMatchObject({ borderColor: COLOURS.primary, backgroundColor: COLOURS.primary });
      expect(line).not.toHaveProperty('borderDash');
      expect(config.options.plugins.legend.display).toBe(false);
      expect(config.options.scales.x.ticks).toMatchObject({ color: COLOURS.text, font: { size: 12 } });
      expect(config.options.scales.y.ticks).toMatchObject({ color: COLOURS.text, font: { size: 12 } });
      expect(config.options.scales.y.grid.color).toBe(COLOURS.grid);
    }
  });

  it('reads every chart colour from a token that has a light and a dark value', () => {
    const tokens = fs.readFileSync(path.join(__dirname, '../../renderer/styles/tokens.css'), 'utf8');
    for (const token of Object.values(CHART_TOKENS)) {
      const definition = new RegExp(`${token}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`).exec(tokens);
      expect(definition, token).not.toBeNull();
      expect(definition![1]).not.toBe(definition![2]);
    }
  });
});
