/** Messages of the overview. */
import { defineMessages } from '../../i18n/i18n.ts';
import { MODELS, PROVINCE_COUNT } from '../../domain/rollout.ts';
import type { GroupRow } from '../../data/queries/overview.ts';
import type { Lang } from '../../i18n/i18n.ts';
import { groupName } from '../../lib/sentence-case.ts';

/** Overview messages. */
export const OVERVIEW = defineMessages({
  vi: {
    title: `Tổng quan triển khai ${MODELS} mô hình điểm`,
    lede: `Tình hình triển khai các mô hình điểm của Đề án 06 tại ${PROVINCE_COUNT} tỉnh, thành phố theo báo cáo giữa năm 2024. Bấm vào bản đồ, biểu đồ để xem chi tiết.`,
    groups: 'Nhóm mô hình',
    groupChip: (g: string) => `Nhóm ${g}`,
    groupsTitle: (groups: readonly string[]) => `Nhóm ${groups.join(', ')}`,
    cells: 'Lượt mô hình × tỉnh đã triển khai',
    cellsOf: (n: string) => `trên ${n} lượt`,
    avgPerProvince: 'Số mô hình trung bình mỗi tỉnh đã triển khai',
    allProvinces: `Mô hình triển khai ${PROVINCE_COUNT}/${PROVINCE_COUNT} địa phương`,
    unknownCells: 'Lượt mô hình × tỉnh chưa rõ tình trạng',
    mapTitle: 'Số mô hình đã triển khai theo tỉnh, thành phố',
    mapLabel: `Bản đồ ${PROVINCE_COUNT} tỉnh, thành phố theo số mô hình đã triển khai`,
    mapClass: (range: string) => `${range} mô hình`,
    rankTitle: 'Xếp hạng tỉnh, thành phố theo số mô hình đã triển khai',
    rankLabel: 'Biểu đồ cột: số mô hình mỗi tỉnh, thành phố đã triển khai, từ nhiều đến ít',
    coverageTitle: 'Mức độ triển khai của từng mô hình, theo nhóm',
    coverageLabel: 'Biểu đồ cột chồng: số tỉnh đã triển khai, chưa triển khai và chưa rõ cho mỗi mô hình',
    matrixTitle: 'Ma trận mô hình × tỉnh, thành phố',
    matrixLabel: `Bản đồ nhiệt ${MODELS} mô hình × ${PROVINCE_COUNT} tỉnh, thành phố theo tình trạng triển khai`,
    sortProvinces: 'Sắp xếp tỉnh', sortModels: 'Sắp xếp mô hình',
    byRegion: 'Theo vùng', byName: 'Theo tên', byDeployed: 'Theo số mô hình đã triển khai',
    byNumber: 'Theo số thứ tự', byCoverage: 'Theo số tỉnh đã triển khai',
    matrixHint: 'Bấm vào một ô để mở mô hình; bấm vào tên tỉnh để mở trang tỉnh.',
    indicatorsTitle: 'Chỉ tiêu toàn quốc',
    indicatorsLede: 'Các số liệu của báo cáo tiến độ toàn quốc, kèm ngày số liệu và câu nguồn.',
    model: (no: number) => `Mô hình ${no}`,
  },
  en: {
    title: `Rollout of the ${MODELS} pilot models`,
    lede: `Where Project 06's pilot models stand in the ${PROVINCE_COUNT} provinces, as reported in mid-2024. Select a shape or a bar to see the detail.`,
    groups: 'Model groups',
    groupChip: (g: string) => `Group ${g}`,
    groupsTitle: (groups: readonly string[]) => `${groups.length > 1 ? 'Groups' : 'Group'} ${groups.join(', ')}`,
    cells: 'Model × province deployments',
    cellsOf: (n: string) => `of ${n}`,
    avgPerProvince: 'Models deployed per province, on average',
    allProvinces: `Models deployed in all ${PROVINCE_COUNT} provinces`,
    unknownCells: 'Model × province cells of unknown status',
    mapTitle: 'Models deployed per province',
    mapLabel: `Map of the ${PROVINCE_COUNT} provinces by number of models deployed`,
    mapClass: (range: string) => `${range} models`,
    rankTitle: 'Provinces ranked by models deployed',
    rankLabel: 'Bar chart: models deployed by each province, most to fewest',
    coverageTitle: 'Coverage of each model, by group',
    coverageLabel: 'Stacked bar chart: provinces deployed, not deployed and unknown for each model',
    matrixTitle: 'Model × province matrix',
    matrixLabel: `Heat map of the ${MODELS} models × ${PROVINCE_COUNT} provinces by rollout status`,
    sortProvinces: 'Sort provinces', sortModels: 'Sort models',
    byRegion: 'By region', byName: 'By name', byDeployed: 'By models deployed',
    byNumber: 'By number', byCoverage: 'By provinces deployed',
    matrixHint: 'Select a cell to open the model; select a province name to open the province.',
    indicatorsTitle: 'National indicators',
    indicatorsLede: 'Figures of the national progress report, with their date and source sentence.',
    model: (no: number) => `Model ${no}`,
  },
});

/** A group chip's words: "Nhóm II · Tiện ích phát triển kinh tế xã hội" (the number alone where the group has no row). */
export const groupChipText = (lang: Lang, group: string, row: GroupRow | undefined): string =>
  `${OVERVIEW[lang].groupChip(group)}${row ? ` · ${groupName(lang === 'en' ? row.nameEn : row.nameVi)}` : ''}`;
