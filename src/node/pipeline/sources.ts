/** The five source reports: file names, titles, issuers and the as-of date each figure inherits. */
import { MODELS } from '../../domain/rollout.ts';

/** File names of the sources, by role. */
export const SOURCE = {
  national2024: '000_7f29e68dedb715cb.txt',
  reference2023: '001_ea798573c8b116f0.txt',
  progress2024: '002_1c37787a67318719.txt',
  binhDinhReport: '003_56915f187a0eb783.txt',
  binhDinhDecision: '004_edef7e0e54b6ea23.txt',
} as const;

/** One row of sources.csv. */
export interface SourceMeta {
  source: string;
  title_vi: string;
  title_en: string;
  /** A name short enough for a wall's footer or a chart's note, in each language. */
  short_vi: string;
  short_en: string;
  issuer: string;
  date: string;
  as_of: string;
  as_of_basis: string;
}

/** What each source is; `date` is as precise as the document states it. */
export const SOURCES: readonly SourceMeta[] = [
  {
    source: SOURCE.national2024,
    // eslint-disable-next-line no-restricted-syntax -- the document's title, as written
    title_vi: 'Phụ lục 04: Về đánh giá 44 mô hình điểm',
    title_en: `Appendix 04: assessment of the ${MODELS} pilot models`,
    short_vi: `Phụ lục 04, đánh giá ${MODELS} mô hình (6/2024)`,
    short_en: `Appendix 04, assessment of the ${MODELS} models (June 2024)`,
    issuer: '',
    date: '2024',
    as_of: '2024-06-19',
    as_of_basis: 'Undated; the latest date it cites (model 33: "đến ngày 19/6/2024").',
  },
  {
    source: SOURCE.reference2023,
    title_vi: 'Tài liệu tham khảo triển khai 43 mô hình',
    title_en: 'Reference for deploying the 43 models',
    short_vi: 'Tài liệu tham khảo 43 mô hình (2023)',
    short_en: 'Reference for the 43 models (2023)',
    issuer: 'Sở Thông tin và Truyền thông (văn bản …/STTTT-CNTTVT)',
    date: '2023',
    as_of: '2023-12-31',
    as_of_basis: 'The attached letter is dated only "năm 2023"; taken as the end of 2023.',
  },
  {
    source: SOURCE.progress2024,
    title_vi: 'Báo cáo kết quả triển khai Đề án 06 theo 5 nhóm (đến tháng 7/2024)',
    title_en: 'Project 06 progress by theme A–E (to July 2024)',
    short_vi: 'Báo cáo tiến độ Đề án 06 theo 5 nhóm (7/2024)',
    short_en: 'Project 06 progress report by theme (July 2024)',
    issuer: '',
    date: '2024',
    as_of: '2024-07-09',
    as_of_basis: 'Undated; the latest date it cites ("đến ngày 09/7/2024"). Figures with their own date keep it.',
  },
  {
    source: SOURCE.binhDinhReport,
    title_vi: 'Báo cáo kết quả triển khai và đăng ký bổ sung mô hình điểm theo Đề án 06 trên địa bàn tỉnh (số 9287/UBND-KSTT)',
    title_en: 'Bình Định: results of the pilot models and registration of additional ones (no. 9287/UBND-KSTT)',
    short_vi: 'Báo cáo của tỉnh Bình Định (15/11/2024)',
    short_en: 'Bình Định\'s report (15 Nov 2024)',
    issuer: 'Ủy ban nhân dân tỉnh Bình Định',
    date: '2024-11-15',
    as_of: '2024-11-15',
    as_of_basis: 'Date of the letter.',
  },
  {
    source: SOURCE.binhDinhDecision,
    title_vi: 'Quyết định phê duyệt Danh mục 42 mô hình thực hiện Đề án 06 trên địa bàn tỉnh Bình Định',
    title_en: 'Bình Định: decision approving its list of 42 models',
    short_vi: 'Quyết định danh mục 42 mô hình của Bình Định (12/2023)',
    short_en: 'Bình Định\'s decision on its 42 models (Dec 2023)',
    issuer: 'Chủ tịch Ủy ban nhân dân tỉnh Bình Định',
    date: '2023-12-01',
    as_of: '2023-12-01',
    as_of_basis: 'The copy leaves number and date blank; report 003 cites it as Quyết định số 4466/QĐ-UBND ngày 01/12/2023.',
  },
];

/** The as-of date of a source file. */
export function asOfOf(source: string): string {
  const meta = SOURCES.find((s) => s.source === source);
  if (!meta) throw new Error(`unknown source ${source}`);
  return meta.as_of;
}
