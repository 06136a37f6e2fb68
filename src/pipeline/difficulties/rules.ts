/**
 * The difficulty classifier's rules: Vietnamese keywords per category. A text carries every
 * category one of whose keywords it contains (whole words, any case); a text that matches none
 * is `other`. Report 002 names the first six kinds of cause; the last three are what the
 * difficulty texts of reports 000 and 003 also talk about.
 */
export interface CategoryRule {
  id: string;
  vi: string;
  en: string;
  keywords: readonly string[];
}

/** Categories in display order, each with its keywords. */
export const CATEGORY_RULES: readonly CategoryRule[] = [
  {
    id: 'legal', vi: 'Pháp lý', en: 'Legal basis',
    keywords: ['pháp lý', 'pháp luật', 'quy định', 'thông tư', 'nghị định', 'quyết định số', 'thẩm quyền', 'lệ phí', 'cấp phép', 'quy phạm'],
  },
  {
    id: 'finance', vi: 'Tài chính, kinh phí', en: 'Funding and cost',
    keywords: ['kinh phí', 'chi phí', 'giải ngân', 'ngân sách', 'tài chính', 'giá thành', 'trả phí', 'thu phí', 'doanh thu', 'thất thu', 'đầu tư', 'mua sắm', 'tốn kém'],
  },
  {
    id: 'infrastructure', vi: 'Hạ tầng, thiết bị', en: 'Infrastructure and equipment',
    keywords: ['hạ tầng', 'thiết bị', 'máy', 'camera', 'kiosk', 'phần mềm', 'màn hình', 'bảng tin điện tử', 'đường truyền', 'nâng cấp', 'bảo trì', 'lỗi thời', 'bản quyền', 'IOC', 'bãi xe', 'khu công nghiệp'],
  },
  {
    id: 'data', vi: 'Dữ liệu', en: 'Data',
    keywords: ['dữ liệu', 'làm sạch', 'sai lệch', 'số liệu', 'nhập liệu', 'nhập dữ liệu', 'trường thông tin', 'không đầy đủ thông tin', 'cập nhật', 'độ chính xác'],
  },
  {
    id: 'security', vi: 'An ninh, an toàn thông tin', en: 'Security',
    keywords: ['an ninh', 'an toàn thông tin', 'ATTT', 'bảo mật', 'an ninh mạng', 'giám sát an toàn', 'rủi ro', 'trục lợi', 'gian lận'],
  },
  {
    id: 'people', vi: 'Nhân lực, kỹ năng', en: 'Staff and skills',
    keywords: ['nhân lực', 'nhân sự', 'cán bộ', 'công chức', 'trình độ', 'kỹ năng', 'đào tạo', 'kinh nghiệm', 'chuyên môn', 'thành thạo', 'nhân viên', 'lúng túng', 'học tập'],
  },
  {
    id: 'citizens', vi: 'Thói quen, điều kiện của người dân', en: "Citizens' habits and access",
    keywords: ['người dân', 'công dân', 'người lớn tuổi', 'người cao tuổi', 'điện thoại thông minh', 'smartphone', 'thói quen', 'tâm lý', 'miền núi', 'vùng sâu', 'dân trí', 'chưa quen', 'trẻ em', 'tiền mặt', 'khách hàng', 'bệnh nhân', 'đối tượng', 'chủ cơ sở', 'chủ nhà trọ', 'tiếp cận'],
  },
  {
    id: 'coordination', vi: 'Phối hợp, kết nối hệ thống', en: 'Coordination and integration',
    keywords: ['phối hợp', 'kết nối', 'liên thông', 'tích hợp', 'đồng bộ', 'chia sẻ', 'nhà thầu', 'nhà cung cấp', 'phụ thuộc', 'hợp tác', 'hưởng ứng', 'chưa thực sự quan tâm', 'chủ động'],
  },
  {
    id: 'guidance', vi: 'Chờ hướng dẫn của Trung ương', en: 'Waiting for central guidance',
    keywords: ['hướng dẫn', 'chờ', 'trung ương', 'bộ, ngành', 'C06', 'chưa có văn bản', 'cơ quan có thẩm quyền', 'chỉ đạo'],
  },
];

/** The category of a text no rule matches. */
export const OTHER_CATEGORY: CategoryRule = { id: 'other', vi: 'Khác', en: 'Other', keywords: [] };
