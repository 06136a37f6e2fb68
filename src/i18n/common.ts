/** Messages shared by the whole dashboard: the shell, statuses, categories, the labels of every coded value, and source notes. */
import type { ChangeKind } from '../domain/changes.ts';
import { shownStatus, type CoverageBasis, type CoverageStatus } from '../domain/coverage.ts';
import type { HanoiMatchBasis, HanoiTrack } from '../domain/crosswalk.ts';
import type { DeadlineKind } from '../domain/deadline.ts';
import { DIFFICULTY_CATEGORIES, type DifficultyCategory } from '../domain/difficulty-categories.ts';
import type { DiscrepancyKind } from '../domain/discrepancy-kinds.ts';
import type { FundingKind } from '../domain/funding-kinds.ts';
import type { IndicatorTheme } from '../domain/indicator-themes.ts';
import type { ProvinceKind } from '../domain/provinces.ts';
import type { OwnStatus } from '../domain/status-agreement.ts';
import { defineMessages, hasLabel, type Lang } from './i18n.ts';
import { MODELS, PROVINCE_COUNT } from '../domain/rollout.ts';

/** Shell and shared messages. */
export const COMMON = defineMessages({
  vi: {
    appTitle: 'Đề án 06 · Triển khai mô hình điểm',
    appSubtitle: `${MODELS} mô hình · ${PROVINCE_COUNT} tỉnh, thành phố`,
    navOverview: 'Tổng quan',
    navModels: 'Mô hình',
    navProvinces: 'Tỉnh, thành phố',
    navDifficulties: 'Khó khăn',
    navQuality: 'Chất lượng dữ liệu',
    navData: 'Dữ liệu',
    mainNav: 'Điều hướng chính',
    menu: 'Menu',
    titleBrief: 'Bản tin',
    titleWall: 'Màn hình điều hành',
    language: 'Ngôn ngữ',
    skipToContent: 'Bỏ qua, đến nội dung',
    bootEngine: 'Đang khởi động cơ sở dữ liệu trong trình duyệt…',
    bootTables: (loaded: number, total: number) => `Đang nạp bảng dữ liệu ${loaded}/${total}…`,
    bootFailed: 'Không khởi động được cơ sở dữ liệu trong trình duyệt.',
    retry: 'Thử lại',
    print: 'In / PDF',
    queryFailed: 'Không truy vấn được dữ liệu.',
    loading: 'Đang tải…',
    viewFailed: 'Phần này gặp lỗi và không hiển thị được.',
    notFoundTitle: 'Không tìm thấy trang',
    notFound: (path: string) => `Không có trang “${path}”.`,
    backHome: 'Về trang tổng quan',
    sourceLabel: 'Nguồn',
    asOfLabel: 'Số liệu tính đến',
    uploadedFile: (file: string) => `tệp tải lên ${file}`,
    downloadCsv: 'Tải CSV',
    savePicture: (format: string) => `Lưu ảnh ${format} (1920×1080, có tiêu đề, ngày số liệu và nguồn)`,
    pictureFailed: 'Không tạo được ảnh.',
    appName: 'Đề án 06',
    downloadCsvHint: (rows: number) => `Tải ${rows} dòng dữ liệu của phần này (CSV, mở được bằng Excel)`,
    provinces: 'tỉnh, thành phố',
    models: 'mô hình',
    group: 'Nhóm',
    allGroups: 'Tất cả các nhóm',
    statusDeployed: 'Đã triển khai',
    statusNotDeployed: 'Chưa triển khai',
    statusUnknown: 'Chưa rõ (không có trong báo cáo)',
    basisListed: 'Có tên trong danh sách',
    basisText: 'Được nêu trong nội dung',
    basisAllProvinces: `Báo cáo nêu ${PROVINCE_COUNT}/${PROVINCE_COUNT} địa phương`,
    basisNotListed: 'Không có tên; danh sách đủ số đã nêu',
    basisNoList: 'Mô hình không có danh sách địa phương',
    basisListIncomplete: 'Danh sách ít hơn số đã nêu hoặc không nêu số',
    basisUpload: 'Theo tệp tải lên',
    sourceTextNote: '',
    progressNotDifficulty: 'Báo cáo tiến độ, không phải khó khăn',
    isDifficulty: 'Khó khăn',
    progressApart: (n: number) => `${n} câu báo cáo tiến độ, không phải khó khăn, không được tính ở trên`,
    footer: 'Số liệu từ các báo cáo nguồn; mọi sai lệch giữa các nguồn được nêu tại trang Chất lượng dữ liệu.',
    reportStatus: { completed: 'Đã hoàn thành', in_progress: 'Đang triển khai', not_started: 'Chưa triển khai', waiting: 'Chờ hướng dẫn của Trung ương', unclear: 'Báo cáo không ghi rõ' } satisfies Record<OwnStatus, string>,
    changeKinds: { newly_deployed: 'Mới triển khai', no_longer_deployed: 'Không còn triển khai', newly_reported: 'Mới có số liệu', no_longer_reported: 'Không còn số liệu' } satisfies Record<ChangeKind, string>,
    changeSince: (date: string) => `Thay đổi so với số liệu ngày ${date}`,
    discrepancyKinds: {
      stated_vs_listed: 'Số nêu khác danh sách', repeated_name: 'Tên lặp trong danh sách', no_list: 'Không có danh sách',
      no_stated_count: 'Không nêu tổng số', no_replication_figure: 'Không nêu số đề xuất nhân rộng', never_named: 'Địa phương không được nêu tên',
      group_count: 'Số mô hình của nhóm không khớp', merged_cell: 'Ô gộp dùng chung', summary_vs_rows: 'Tổng hợp khác các dòng chi tiết',
      cross_source_count: 'Hai báo cáo nêu số khác nhau', cross_source_status: 'Hai báo cáo nói ngược nhau về tình trạng',
      cross_source_gap: 'Báo cáo khác cho biết điều báo cáo toàn quốc bỏ trống', unparsed_deadline: 'Thời hạn không đọc được thành ngày',
    } satisfies Record<DiscrepancyKind, string>,
    overdue: (months: number, days: number) => [months > 0 ? `${months} tháng` : '', days > 0 || months === 0 ? `${days} ngày` : ''].filter(Boolean).join(' '),
    deadlineKinds: {
      quarter_end: 'Hết quý', year_end: 'Hết năm', month_end: 'Hết tháng', date: 'Ngày cụ thể', ongoing: 'Thường xuyên, không có hạn cuối',
      roadmap: 'Theo lộ trình của Trung ương, không có ngày riêng', unparsed: 'Không đọc được thành ngày',
    } satisfies Record<DeadlineKind, string>,
    provinceKinds: { province: 'Tỉnh', city: 'Thành phố trực thuộc Trung ương' } satisfies Record<ProvinceKind, string>,
    hanoiTracks: { added: 'Đăng ký bổ sung', continuing: 'Tiếp tục triển khai', later: 'Nghiên cứu, triển khai sau' } satisfies Record<HanoiTrack, string>,
    matchBases: { report_reference: 'theo dẫn chiếu của báo cáo', same_service: 'cùng dịch vụ' } satisfies Record<HanoiMatchBasis, string>,
    matchBasisNotes: {
      report_reference: 'báo cáo ghi “Kết quả triển khai Mô hình số … theo phụ lục 1”; số đó theo danh mục năm 2023, được đổi sang số năm 2024',
      same_service: `báo cáo không dẫn chiếu; mô hình của Hà Nội là cùng một dịch vụ với mô hình tương ứng trong ${MODELS}`,
    } satisfies Record<HanoiMatchBasis, string>,
    fundingKinds: { free: 'Miễn phí', free_limited: 'Miễn phí có thời hạn', equipment: 'Mua sắm thiết bị', invest_or_rent: 'Đầu tư hoặc thuê dịch vụ', paid: 'Mất kinh phí' } satisfies Record<FundingKind, string>,
    indicatorThemes: { A: 'Nhóm dịch vụ công', B: 'Nhóm phát triển kinh tế', C: 'Nhóm công dân số', D: 'Nhóm kết nối, chia sẻ dữ liệu', E: 'Nhóm phân tích, chỉ đạo điều hành' } satisfies Record<IndicatorTheme, string>,
  },
  en: {
    appTitle: 'Project 06 · Pilot model rollout',
    appSubtitle: `${MODELS} models · ${PROVINCE_COUNT} provinces`,
    navOverview: 'Overview',
    navModels: 'Models',
    navProvinces: 'Provinces',
    navDifficulties: 'Difficulties',
    navQuality: 'Data quality',
    navData: 'Data',
    mainNav: 'Main navigation',
    menu: 'Menu',
    titleBrief: 'Brief',
    titleWall: 'Operations wall',
    language: 'Language',
    skipToContent: 'Skip to content',
    bootEngine: 'Starting the in-browser database…',
    bootTables: (loaded: number, total: number) => `Loading data tables ${loaded}/${total}…`,
    bootFailed: 'The in-browser database could not start.',
    retry: 'Try again',
    print: 'Print / PDF',
    queryFailed: 'The data could not be queried.',
    loading: 'Loading…',
    viewFailed: 'This part failed and cannot be shown.',
    notFoundTitle: 'Page not found',
    notFound: (path: string) => `There is no page “${path}”.`,
    backHome: 'Back to the overview',
    sourceLabel: 'Source',
    asOfLabel: 'Figures as of',
    uploadedFile: (file: string) => `uploaded file ${file}`,
    downloadCsv: 'Download CSV',
    savePicture: (format: string) => `Save as ${format} (1920×1080, with title, as-of date and source)`,
    pictureFailed: 'The picture could not be made.',
    appName: 'Project 06',
    downloadCsvHint: (rows: number) => `Download the ${rows} rows behind this part (CSV, opens in Excel)`,
    provinces: 'provinces',
    models: 'models',
    group: 'Group',
    allGroups: 'All groups',
    statusDeployed: 'Deployed',
    statusNotDeployed: 'Not deployed',
    statusUnknown: 'Not reported (unknown)',
    basisListed: 'Named in the list',
    basisText: 'Named in the text',
    basisAllProvinces: `Report states ${PROVINCE_COUNT}/${PROVINCE_COUNT} provinces`,
    basisNotListed: 'Not named; the list has the stated count',
    basisNoList: 'The model has no province list',
    basisListIncomplete: 'List shorter than the stated count, or no count',
    basisUpload: 'From an uploaded file',
    sourceTextNote: '(source text, in Vietnamese)',
    progressNotDifficulty: 'Reports progress, not a difficulty',
    isDifficulty: 'Difficulty',
    progressApart: (n: number) => `${n} ${n === 1 ? 'sentence reports' : 'sentences report'} progress, not a difficulty, and ${n === 1 ? 'is' : 'are'} not counted above`,
    footer: 'Figures from the source reports; every disagreement between sources is shown on the Data quality page.',
    reportStatus: { completed: 'Completed', in_progress: 'In progress', not_started: 'Not started', waiting: 'Waiting for central guidance', unclear: 'Not stated in the report' } satisfies Record<OwnStatus, string>,
    changeKinds: { newly_deployed: 'Newly deployed', no_longer_deployed: 'No longer deployed', newly_reported: 'Newly reported', no_longer_reported: 'No longer reported' } satisfies Record<ChangeKind, string>,
    changeSince: (date: string) => `Changes since the figures of ${date}`,
    discrepancyKinds: {
      stated_vs_listed: 'Stated count differs from the list', repeated_name: 'Name repeated in the list', no_list: 'No province list',
      no_stated_count: 'No stated count', no_replication_figure: 'No replication figure', never_named: 'Province never named',
      group_count: 'Group count differs', merged_cell: 'Shared (merged) cell', summary_vs_rows: 'Summary differs from the rows',
      cross_source_count: 'Two reports give different counts', cross_source_status: 'Two reports disagree on a status',
      cross_source_gap: 'Another report fills a gap of the national one', unparsed_deadline: 'Deadline not readable as a date',
    } satisfies Record<DiscrepancyKind, string>,
    overdue: (months: number, days: number) => [
      months > 0 ? `${months} ${months === 1 ? 'month' : 'months'}` : '', days > 0 || months === 0 ? `${days} ${days === 1 ? 'day' : 'days'}` : '',
    ].filter(Boolean).join(' '),
    deadlineKinds: {
      quarter_end: 'End of a quarter', year_end: 'End of a year', month_end: 'End of a month', date: 'A given day', ongoing: 'Ongoing, no end',
      roadmap: 'On the central roadmap, no date of its own', unparsed: 'Not readable as a date',
    } satisfies Record<DeadlineKind, string>,
    provinceKinds: { province: 'Province', city: 'Centrally-run city' } satisfies Record<ProvinceKind, string>,
    hanoiTracks: { added: 'Added', continuing: 'Continuing', later: 'Later' } satisfies Record<HanoiTrack, string>,
    matchBases: { report_reference: "by the report's reference", same_service: 'same service' } satisfies Record<HanoiMatchBasis, string>,
    matchBasisNotes: {
      report_reference: 'the report says "results of model no. … of appendix 1"; that number is in the 2023 numbering and is converted to the 2024 one',
      same_service: `the report gives no reference; Hanoi's model is the same service as the matching model of the ${MODELS}`,
    } satisfies Record<HanoiMatchBasis, string>,
    fundingKinds: { free: 'Free', free_limited: 'Free for a limited time', equipment: 'Equipment purchase', invest_or_rent: 'Investment or service rental', paid: 'Costs money' } satisfies Record<FundingKind, string>,
    indicatorThemes: { A: 'Public services', B: 'Economic development', C: 'Digital citizens', D: 'Data connection and sharing', E: 'Analytics for leadership' } satisfies Record<IndicatorTheme, string>,
  },
});

/** The label of a coverage status (a status the list does not know reads as unknown, as the map draws it). */
export function statusLabel(m: (typeof COMMON)['vi'], status: string): string {
  const labels = { deployed: m.statusDeployed, not_deployed: m.statusNotDeployed, unknown: m.statusUnknown } satisfies Record<CoverageStatus, string>;
  return labels[shownStatus(status)];
}

/** The label of a coverage basis. */
export function basisLabel(m: (typeof COMMON)['vi'], basis: string): string {
  const labels = {
    listed: m.basisListed, text: m.basisText, all_provinces: m.basisAllProvinces,
    not_listed: m.basisNotListed, no_list: m.basisNoList, list_incomplete: m.basisListIncomplete, upload: m.basisUpload,
  } satisfies Record<CoverageBasis, string>;
  return labelOr(labels, basis);
}

/** The name of a difficulty category. */
export function categoryLabel(lang: Lang, id: string): string {
  return DIFFICULTY_CATEGORIES.find((c) => c.id === (id as DifficultyCategory))?.[lang] ?? id;
}

// A value outside its union (data may hold one) shows as written.
const labelOr = <K extends string>(labels: Readonly<Record<K, string>>, value: string): string => (hasLabel(labels, value) ? labels[value] : value);

/** The label of a status in a province's own report. */
export const reportStatusLabel = (m: (typeof COMMON)['vi'], status: string): string => labelOr(m.reportStatus, status);

/** The label of a change between two editions of the coverage. */
export const changeKindLabel = (m: (typeof COMMON)['vi'], kind: string): string => labelOr(m.changeKinds, kind);

/** The label of a kind of discrepancy. */
export const discrepancyKindLabel = (m: (typeof COMMON)['vi'], kind: string): string => labelOr(m.discrepancyKinds, kind);

/** The label of a kind of deadline. */
export const deadlineKindLabel = (m: (typeof COMMON)['vi'], kind: string): string => labelOr(m.deadlineKinds, kind);

/** The label of a kind of province (province, or centrally-run city). */
export const provinceKindLabel = (m: (typeof COMMON)['vi'], kind: string): string => labelOr(m.provinceKinds, kind);

/** The label of the track a province registers a Hà Nội model on. */
export const hanoiTrackLabel = (m: (typeof COMMON)['vi'], track: string): string => labelOr(m.hanoiTracks, track);

/** The short label of how a Hà Nội model was matched to one of the models. */
export const matchBasisLabel = (m: (typeof COMMON)['vi'], basis: string): string => labelOr(m.matchBases, basis);

/** What a basis of matching a Hà Nội model means, in a sentence. */
export const matchBasisNote = (m: (typeof COMMON)['vi'], basis: string): string => labelOr(m.matchBasisNotes, basis);

/** The label of a model's funding class. */
export const fundingKindLabel = (m: (typeof COMMON)['vi'], kind: string): string => labelOr(m.fundingKinds, kind);

/** The name of an indicator theme (A–E). */
export const indicatorThemeLabel = (m: (typeof COMMON)['vi'], theme: string): string => labelOr(m.indicatorThemes, theme);
