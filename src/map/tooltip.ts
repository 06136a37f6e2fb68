/** A map tooltip's content, built from text nodes so that no text from the data becomes markup. */
import type { ProvinceTip } from './fill.ts';

/** The tooltip of one province (or unit) as an element: its title, then one line each. */
export function tipElement(tip: ProvinceTip): HTMLElement {
  const root = document.createElement('div');
  const title = document.createElement('strong');
  title.textContent = tip.title;
  root.append(title);
  for (const line of tip.lines) {
    const div = document.createElement('div');
    div.textContent = line;
    root.append(div);
  }
  return root;
}
