/** How a map draws one shape and what its tooltip says: plain data, shared by the map, its pictures and the pure state modules. */

/** How one province is drawn. */
export interface ProvinceFill {
  /** The class it is coloured by (written to `data-status`). */
  status: string;
  color: string;
  /** Fill pattern for states that must not rely on colour alone. */
  hatched?: boolean;
  /**
   * Its kinds of change against an earlier edition, space-separated (`?compare=`): written to
   * `data-change` and drawn as an outline, solid for what is new, dashed for what is no longer.
   */
  change?: string;
}

/** The tooltip of one province: a title and lines, all plain text. */
export interface ProvinceTip {
  title: string;
  lines: string[];
}

/** How a shape the fills do not mention is drawn. */
export const NO_FILL: ProvinceFill = { status: 'none', color: '#dddddd' };
