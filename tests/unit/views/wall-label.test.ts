import { describe, expect, it } from 'vitest';
import { wallLabel } from '../../../src/views/wall/scenes/scene-data.ts';

const FSI = '\u2068';
const PDI = '\u2069';

describe('wall labels (issue 16.6)', () => {
  it('a 3,000-character name is clipped to 24 characters, with an ellipsis', () => {
    const label = wallLabel('Bình Định'.repeat(334));
    expect([...label.slice(1, -1)]).toHaveLength(24);
    expect(label.endsWith(`…${PDI}`)).toBe(true);
  });

  it('a real name is kept whole, isolated so right-to-left letters cannot reorder the axis', () => {
    expect(wallLabel('Bà Rịa - Vũng Tàu')).toBe(`${FSI}Bà Rịa - Vũng Tàu${PDI}`);
    expect(wallLabel('مدينة 5')).toBe(`${FSI}مدينة 5${PDI}`);
  });

  it('never cuts a character in half (astral letters count as one)', () => {
    const label = wallLabel('𝔸'.repeat(40), 10);
    expect([...label.slice(1, -1)]).toEqual([...'𝔸'.repeat(9), '…']);
  });
});
