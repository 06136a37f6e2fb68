import { describe, expect, it } from 'vitest';
import { withSettings } from '../../../src/charts/chart-settings.ts';

describe('withSettings', () => {
  const over = (o: Record<string, unknown>) => ({ tooltip: { renderMode: 'richText', ...(o.tooltip as object | undefined) } });

  it('puts the base under the option and the override on top', () => {
    expect(withSettings({ animation: true, tooltip: { trigger: 'axis' } }, { animation: false, textStyle: { fontSize: 20 } }, over))
      .toEqual({ animation: true, textStyle: { fontSize: 20 }, tooltip: { renderMode: 'richText', trigger: 'axis' } });
  });

  it('applies them to baseOption when the option has media queries, and keeps the queries', () => {
    const media = [{ query: { maxWidth: 640 }, option: { grid: { top: 52 } } }];
    expect(withSettings({ baseOption: { series: [] }, media }, { animation: false }, over))
      .toEqual({ baseOption: { animation: false, series: [], tooltip: { renderMode: 'richText' } }, media });
  });
});
