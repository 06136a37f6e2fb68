/**
 * Tooltip text. Tooltips are drawn as rich text (EChart.tsx), whose style syntax is `{style|text}`:
 * text from data goes through `plainText`, so it cannot style the tooltip. Category axes hold ids,
 * their labels come from formatters: an axis tooltip names its category by the same label.
 */

/** Text for a rich-text tooltip: braces (its style syntax) replaced, so data cannot style it. */
export const plainText = (s: string): string => s.replace(/[{}]/g, (b) => (b === '{' ? '（' : '）'));

/**
 * An axis-triggered tooltip (shaded category) headed by the category's label instead of its id;
 * the lines below are ECharts' own (marker, series name, value). The header is what ECharts takes
 * from the axis pointer's label formatter, shown or not.
 */
export const axisTooltip = (label: (id: string) => string) => ({
  trigger: 'axis',
  axisPointer: { type: 'shadow', label: { formatter: (p: { value?: unknown }) => plainText(label(String(p.value ?? ''))) } },
});
