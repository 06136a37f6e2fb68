/** Messages of the province map. */
import { defineMessages } from '../i18n/i18n.ts';

/** Map messages. */
export const MAP_MESSAGES = defineMessages({
  vi: { hoangSa: 'Quần đảo Hoàng Sa (Đà Nẵng)', truongSa: 'Quần đảo Trường Sa (Khánh Hòa)', loading: 'Đang tải bản đồ…', failed: 'Không tải được bản đồ.', attribution: 'Ranh giới: Natural Earth (public domain)' },
  en: { hoangSa: 'Hoàng Sa (Paracel) Islands (Đà Nẵng)', truongSa: 'Trường Sa (Spratly) Islands (Khánh Hòa)', loading: 'Loading the map…', failed: 'The map could not be loaded.', attribution: 'Boundaries: Natural Earth (public domain)' },
});
