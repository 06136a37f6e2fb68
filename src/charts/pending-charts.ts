/**
 * Lazy charts not drawn yet, and whether they are being drawn for printing (then at once, without
 * animation: the page is laid out for paper right after "beforeprint", with no time to wait). Apart
 * from EChart.tsx so that printing (use-print-frames.ts, in the app's shell) does not pull ECharts
 * into the first screen's script.
 */
const pending = new Set<() => void>();
let printing = false;

/** Registers a lazy chart's draw; returns its removal. */
export function addPendingChart(draw: () => void): () => void {
  pending.add(draw);
  return () => { pending.delete(draw); };
}

/** Whether charts are being drawn for printing now. */
export const drawingForPrint = (): boolean => printing;

/** Draws every lazy chart not drawn yet, at once, so a printed page has them all (use-print-frames.ts). */
export function drawPendingCharts(): void {
  printing = true;
  try { for (const draw of [...pending]) draw(); } finally { printing = false; }
}
