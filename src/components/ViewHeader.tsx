import type { ReactNode } from 'react';

/** A view's heading: its title (with the id the view's section is labelled by), an optional lede, and actions on the right. */
export function ViewHeader({ id, title, lede, children }: { id: string; title: ReactNode; lede?: ReactNode; children?: ReactNode }) {
  return (
    <header className="view-header">
      <div>
        <h1 id={id}>{title}</h1>
        {lede && <p className="lede">{lede}</p>}
      </div>
      {children}
    </header>
  );
}
