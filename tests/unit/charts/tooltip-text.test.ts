import { describe, expect, it } from 'vitest';
import { axisTooltip, plainText } from '../../../src/charts/tooltip-text.ts';

describe('tooltip text', () => {
  it('keeps data out of rich-text style syntax', () => expect(plainText('{a|b}')).toBe('（a|b）'));
  it('heads an axis tooltip with the category’s label, not its id, escaped', () => {
    const tip = axisTooltip((id) => (id === 'VN-31' ? 'Bình Định {x}' : id));
    expect(tip).toMatchObject({ trigger: 'axis', axisPointer: { type: 'shadow' } });
    expect(tip.axisPointer.label.formatter({ value: 'VN-31' })).toBe('Bình Định （x）');
    expect(tip.axisPointer.label.formatter({})).toBe('');
  });
});
