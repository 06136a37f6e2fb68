/** Messages of the province list. */
import { defineMessages } from '../../i18n/i18n.ts';
import { PROVINCE_COUNT } from '../../domain/rollout.ts';

/** Province list messages. */
export const PROVINCE_INDEX = defineMessages({
  vi: {
    title: `${PROVINCE_COUNT} tỉnh, thành phố`,
    intro: 'Đơn vị hành chính trước ngày 1/7/2025, là đơn vị của các báo cáo nguồn. Bấm vào tên để xem các mô hình của địa phương.',
    code: 'Mã', name: 'Tỉnh, thành phố', region: 'Vùng', deployed: 'Số mô hình đã triển khai', rank: 'Hạng (đồng hạng: các vị trí)', unknown: 'Số mô hình chưa rõ (không có trong báo cáo)',
    sortBy: 'Sắp xếp', sortName: 'Theo tên', sortDeployed: 'Theo số mô hình đã triển khai', sortRegion: 'Theo vùng',
  },
  en: {
    title: `The ${PROVINCE_COUNT} provinces`,
    intro: 'The provinces before 1 July 2025, the unit of the source reports. Select one to see its models.',
    code: 'Code', name: 'Province', region: 'Region', deployed: 'Models deployed', rank: 'Rank (a tie: the places it fills)', unknown: 'Models not reported (unknown)',
    sortBy: 'Sort', sortName: 'By name', sortDeployed: 'By models deployed', sortRegion: 'By region',
  },
});
