/** Messages of the province map and of its tooltips, the same on every map. */
import { defineMessages } from '../i18n/i18n.ts';
import { PROVINCE_COUNT } from '../domain/rollout.ts';

/** Map messages. */
export const MAP_MESSAGES = defineMessages({
  vi: { archipelago: { hoang_sa: 'Quần đảo Hoàng Sa', truong_sa: 'Quần đảo Trường Sa' }, archipelagoOf: { hoang_sa: '(Đà Nẵng)', truong_sa: '(Khánh Hòa)' },
    loading: 'Đang tải bản đồ…', failed: 'Không tải được bản đồ.', attribution: 'Ranh giới: Natural Earth (public domain)',
    levelLabel: 'Đơn vị trên bản đồ', levelProvinces: `${PROVINCE_COUNT} tỉnh, thành (trước 1/7/2025)`, levelUnits: '34 tỉnh, thành (từ 1/7/2025)',
    unitShare: (deployed: number, total: number) => `${deployed}/${total} tỉnh cũ đã triển khai`,
    unitMean: (mean: string) => `Trung bình các tỉnh cũ: ${mean} mô hình`,
    unitMeanLegend: 'Mỗi đơn vị: trung bình các tỉnh cũ',
    unitMembers: 'Gồm các tỉnh cũ:',
    modelsDeployed: (n: string, of: string) => `${n}/${of} mô hình đã triển khai`,
    modelsUnknown: (n: string) => `Chưa rõ (không có trong báo cáo): ${n} mô hình`,
    unitStatus: { deployed: 'Mọi tỉnh cũ đã triển khai', partial: 'Một phần (màu theo tỉ lệ)', not_deployed: 'Chưa tỉnh cũ nào triển khai', unknown: 'Chưa rõ (có tỉnh cũ chưa có trong báo cáo)' } },
  en: { archipelago: { hoang_sa: 'Hoàng Sa\n(Paracel) Islands', truong_sa: 'Trường Sa\n(Spratly) Islands' }, archipelagoOf: { hoang_sa: '(Đà Nẵng)', truong_sa: '(Khánh Hòa)' },
    loading: 'Loading the map…', failed: 'The map could not be loaded.', attribution: 'Boundaries: Natural Earth (public domain)',
    levelLabel: 'Units on the map', levelProvinces: `${PROVINCE_COUNT} provinces (before 1 July 2025)`, levelUnits: '34 provinces (since 1 July 2025)',
    unitShare: (deployed: number, total: number) => `${deployed} of ${total} former provinces deployed`,
    unitMean: (mean: string) => `Mean of the former provinces: ${mean} models`,
    unitMeanLegend: 'Each unit: the mean of its former provinces',
    unitMembers: 'Former provinces:',
    modelsDeployed: (n: string, of: string) => `${n} of ${of} models deployed`,
    modelsUnknown: (n: string) => `Not reported (unknown): ${n} models`,
    unitStatus: { deployed: 'Every former province deployed', partial: 'Some (shade by share)', not_deployed: 'No former province deployed', unknown: 'Not reported (unknown) for a former province' } },
});

/** An archipelago's name on a map, line by line: its name (in one or two lines), then its province. */
export const archipelagoLines = (text: (typeof MAP_MESSAGES)['vi'], id: 'hoang_sa' | 'truong_sa'): string[] =>
  [...text.archipelago[id].split('\n'), text.archipelagoOf[id]];
