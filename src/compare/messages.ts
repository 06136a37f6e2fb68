import { defineMessages } from '../i18n/i18n.ts';

export const COMPARE = defineMessages({
  vi: {
    lede: (before: string, now: string) => `Mỗi ô mô hình × tỉnh có trạng thái khác giữa số liệu ngày ${before} và số liệu đang dùng (${now}). Trên bản đồ, tỉnh có thay đổi được viền màu: nét liền là mới, nét đứt là không còn.`,
    none: (before: string) => `Không có ô nào thay đổi so với số liệu ngày ${before}.`,
    invalid: (given: string) => `“${given}” không phải là một ngày (YYYY-MM-DD): không so sánh.`,
    colModel: 'Mô hình', colProvince: 'Tỉnh, thành phố', colBefore: 'Trước', colAfter: 'Nay', colChange: 'Thay đổi',
    legendTitle: 'Viền: thay đổi',
    tableLabel: 'Các ô đã thay đổi',
    column: 'Thay đổi',
    now: 'số liệu hiện tại',
    before: 'Trước', nowLabel: 'Nay',
    briefLine: (date: string, counts: string) => `So với số liệu ngày ${date}: ${counts || 'không có thay đổi'}.`,
  },
  en: {
    lede: (before: string, now: string) => `Each model × province whose status differs between the figures of ${before} and those in use (${now}). On the map a changed province is outlined: solid for what is new, dashed for what is no longer.`,
    none: (before: string) => `Nothing changed since the figures of ${before}.`,
    invalid: (given: string) => `“${given}” is not a date (YYYY-MM-DD): no comparison.`,
    colModel: 'Model', colProvince: 'Province', colBefore: 'Before', colAfter: 'Now', colChange: 'Change',
    legendTitle: 'Outline: change',
    tableLabel: 'Changed cells',
    column: 'Change',
    now: 'current figures',
    before: 'Before', nowLabel: 'Now',
    briefLine: (date: string, counts: string) => `Against the figures of ${date}: ${counts || 'no change'}.`,
  },
});
