/** Messages of a province's "past deadline" section. */
import { defineMessages } from '../../i18n/i18n.ts';

/** Past-deadline section messages. */
export const LATE = defineMessages({
  vi: {
    title: (n: string) => `Quá thời hạn hoàn thành: ${n} mô hình`,
    lede: (asOf: string) => `Mô hình có thời hạn trong danh mục tỉnh phê duyệt đã qua trước ngày báo cáo của tỉnh (${asOf}) mà báo cáo chưa ghi là đã hoàn thành.`,
    summary: (models: string, dated: string, late: string) => `Trong ${models} mô hình của báo cáo, ${dated} có thời hạn là một ngày; ${late} mô hình trong số đó đã quá hạn.`,
    undated: 'Không có ngày hết hạn nên không tính quá hạn:',
    noDeadline: 'Không ghi thời hạn',
    none: (asOf: string) => `Không có mô hình nào quá thời hạn tính đến ${asOf}.`,
    colModel: 'Mô hình',
    colLead: 'Cơ quan chủ trì',
    colDeadline: 'Thời hạn (nguyên văn) và ngày hết hạn',
    colStatus: 'Tình trạng theo báo cáo',
    colOverdue: 'Quá hạn',
    overdueNote: (days: string) => `${days} ngày`,
  },
  en: {
    title: (n: string) => `Past their deadline: ${n} models`,
    lede: (asOf: string) => `Models whose deadline in the province's approved list passed before the date of its report (${asOf}) and which the report does not call completed.`,
    summary: (models: string, dated: string, late: string) => `Of the report's ${models} models, ${dated} have a deadline that is a date; ${late} of them are past it.`,
    undated: 'No end date, so never counted late:',
    noDeadline: 'No deadline stated',
    none: (asOf: string) => `No model is past its deadline as of ${asOf}.`,
    colModel: 'Model',
    colLead: 'Lead agency',
    colDeadline: 'Deadline (as written) and its date',
    colStatus: 'Status in the report',
    colOverdue: 'Overdue by',
    overdueNote: (days: string) => `${days} days`,
  },
});
