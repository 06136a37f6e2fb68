/** The difficulty categories of datasets.md, with their names in both languages. */
export const DIFFICULTY_CATEGORIES = [
  { id: 'legal', vi: 'Pháp lý', en: 'Legal basis' },
  { id: 'finance', vi: 'Tài chính, kinh phí', en: 'Funding and cost' },
  { id: 'infrastructure', vi: 'Hạ tầng, thiết bị', en: 'Infrastructure and equipment' },
  { id: 'data', vi: 'Dữ liệu', en: 'Data' },
  { id: 'security', vi: 'An ninh, an toàn thông tin', en: 'Security' },
  { id: 'people', vi: 'Nhân lực, kỹ năng', en: 'Staff and skills' },
  { id: 'citizens', vi: 'Thói quen, điều kiện của người dân', en: "Citizens' habits and access" },
  { id: 'coordination', vi: 'Phối hợp, kết nối hệ thống', en: 'Coordination and integration' },
  { id: 'guidance', vi: 'Chờ hướng dẫn của Trung ương', en: 'Waiting for central guidance' },
  { id: 'other', vi: 'Khác', en: 'Other' },
] as const;

/** A category id. */
export type DifficultyCategory = (typeof DIFFICULTY_CATEGORIES)[number]['id'];
