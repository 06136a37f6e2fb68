/** Messages of the model list. */
import { defineMessages } from '../../i18n/i18n.ts';
import { MODELS } from '../../domain/rollout.ts';

/** Model list messages. */
export const MODEL_INDEX = defineMessages({
  vi: {
    title: `Danh mục ${MODELS} mô hình điểm`,
    intro: 'Số thứ tự theo báo cáo năm 2024. Bấm vào tên mô hình để xem bản đồ triển khai.',
    no: 'STT', name: 'Mô hình', group: 'Nhóm', stated: 'Số địa phương báo cáo nêu',
  },
  en: {
    title: `The ${MODELS} pilot models`,
    intro: 'Numbered as in the 2024 report. Select a model to see its coverage map.',
    no: 'No.', name: 'Model', group: 'Group', stated: 'Provinces the report states',
  },
});
