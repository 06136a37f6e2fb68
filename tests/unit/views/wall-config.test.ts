import { describe, expect, it } from 'vitest';
import { resolveWallConfig } from '../../../src/views/wall/wall-config.ts';

const ids = (r: ReturnType<typeof resolveWallConfig>) => r.config.scenes.map((s) => s.id);

describe('wall settings', () => {
  it('defaults to every national scene, the changes since the last report, then every model, 15 s each, data checked every 5 minutes', () => {
    const r = resolveWallConfig(null, null, {});
    expect(ids(r).slice(0, 10)).toEqual(['national', 'group-I', 'group-II', 'group-III', 'group-IV', 'group-V', 'ranking', 'difficulties', 'indicators', 'changes']);
    expect(ids(r)).toHaveLength(10 + 44);
    expect(r.config).toMatchObject({ interval: 15, refresh: 300, province: null, lang: 'vi' });
    expect(r.problems).toEqual([]);
  });

  it('lets the URL win over the file', () => {
    const r = resolveWallConfig({ interval: 30, scenes: ['ranking'], lang: 'en' }, null, { interval: '1', scenes: 'model-13,indicators' });
    expect(ids(r)).toEqual(['model-13', 'indicators']);
    expect(r.config).toMatchObject({ interval: 1, lang: 'en' });
  });

  it('opens a province wall with the province first, in any spelling', () => {
    const r = resolveWallConfig(null, null, { province: 'Bình Định' });
    expect(r.config.province).toBe('VN-31');
    expect(ids(r)[0]).toBe('province-VN-31');
    expect(ids(r)[1]).toBe('late-VN-31');
  });

  it('shows a province\'s late models only on a province wall', () => {
    expect(ids(resolveWallConfig(null, null, { scenes: 'late,ranking' }))).toEqual(['ranking']);
    expect(ids(resolveWallConfig(null, null, { scenes: 'late,ranking', province: 'VN-31' }))).toEqual(['province-VN-31', 'late-VN-31', 'ranking']);
    expect(resolveWallConfig(null, null, { scenes: 'late', province: 'VN-31' }).problems).toEqual([]);
  });

  it('puts the province first when a playlist from the file does not place it', () => {
    const r = resolveWallConfig({ scenes: ['ranking', 'model-2'] }, null, { province: 'VN-HN' });
    expect(ids(r)).toEqual(['province-VN-HN', 'ranking', 'model-2']);
  });

  it('reports every wrong value with where, field and value, and uses the default instead', () => {
    const r = resolveWallConfig({ interval: 'often', colour: 'red' }, null, { refresh: '2', province: 'Atlantis', lang: 'fr', scenes: 'ranking,model-99,weather' });
    expect(r.problems).toEqual([
      { where: 'wall.json', field: 'colour', value: '', reason: 'unknown_field' },
      { where: 'wall.json', field: 'interval', value: 'often', reason: 'not_a_number' },
      { where: 'url', field: 'refresh', value: '2', reason: 'out_of_range' },
      { where: 'url', field: 'province', value: 'Atlantis', reason: 'unknown_province' },
      { where: 'url', field: 'lang', value: 'fr', reason: 'unknown_lang' },
      { where: 'url', field: 'scenes', value: 'model-99', reason: 'unknown_scene' },
      { where: 'url', field: 'scenes', value: 'weather', reason: 'unknown_scene' },
    ]);
    expect(ids(r)).toEqual(['ranking']);
    expect(r.config).toMatchObject({ interval: 15, refresh: 300, province: null, lang: 'vi' });
  });

  it('draws the 63 provinces unless the file or the URL asks for the 34 units of 2025', () => {
    expect(resolveWallConfig(null, null, {}).config.map).toBe(63);
    expect(resolveWallConfig({ map: 34 }, null, {}).config.map).toBe(34);
    expect(resolveWallConfig({ map: 34 }, null, { map: '63' }).config.map).toBe(63);
    const wrong = resolveWallConfig(null, null, { map: '35' });
    expect(wrong.config.map).toBe(63);
    expect(wrong.problems).toEqual([{ where: 'url', field: 'map', value: '35', reason: 'unknown_map' }]);
  });

  it('falls back to the default playlist when none of the scenes is known, and says why', () => {
    const r = resolveWallConfig({ scenes: ['nothing'] }, null, {});
    expect(ids(r)[0]).toBe('national');
    expect(r.problems).toHaveLength(1);
  });

  it('reports a file that is not JSON, and a playlist that is not a list', () => {
    expect(resolveWallConfig(null, 'Unexpected token', {}).problems[0]).toMatchObject({ where: 'wall.json', reason: 'not_json' });
    expect(resolveWallConfig({ scenes: 5 }, null, {}).problems[0]).toMatchObject({ field: 'scenes', reason: 'not_a_list' });
  });
});
