/**
 * The difficulty classifier's rules: Vietnamese keywords per category. A text carries every
 * category one of whose keywords it contains (whole words, any case); a text that matches none
 * is `other`. Report 002 names the first six kinds of cause; the last three are what the
 * difficulty texts of reports 000 and 003 also talk about.
 */
import { DIFFICULTY_CATEGORIES, type DifficultyCategory } from '../../domain/difficulty-categories.ts';

/** A category and the keywords that put a text in it. */
export interface CategoryRule {
  id: DifficultyCategory;
  keywords: readonly string[];
}

/** Categories in display order, each with its keywords. */
export const CATEGORY_RULES: readonly CategoryRule[] = [
  {
    id: 'legal',
    keywords: ['pháp lý', 'pháp luật', 'quy định', 'thông tư', 'nghị định', 'lệ phí', 'cấp phép', 'quy phạm'],
  },
  {
    id: 'finance',
    keywords: ['kinh phí', 'chi phí', 'giải ngân', 'ngân sách', 'tài chính', 'giá thành', 'trả phí', 'thu phí', 'doanh thu', 'thất thu', 'đầu tư', 'mua sắm', 'tốn kém'],
  },
  {
    id: 'infrastructure',
    keywords: ['hạ tầng', 'thiết bị', 'máy', 'camera', 'kiosk', 'phần mềm', 'màn hình', 'bảng tin điện tử', 'đường truyền', 'nâng cấp', 'bảo trì', 'lỗi thời', 'bản quyền', 'IOC', 'bãi xe', 'không có khu công nghiệp'],
  },
  {
    id: 'data',
    keywords: ['dữ liệu', 'làm sạch', 'sai lệch', 'số liệu', 'nhập liệu', 'nhập dữ liệu', 'trường thông tin', 'không đầy đủ thông tin', 'độ chính xác'],
  },
  {
    id: 'security',
    keywords: ['an ninh mạng', 'an ninh an toàn', 'an toàn thông tin', 'ATTT', 'bảo mật', 'giám sát an toàn', 'rủi ro', 'trục lợi', 'gian lận'],
  },
  {
    id: 'people',
    keywords: ['nhân lực', 'nhân sự', 'cán bộ', 'công chức', 'trình độ', 'kỹ năng', 'được đào tạo', 'ngành đào tạo', 'kinh nghiệm', 'chuyên môn', 'thành thạo', 'nhân viên', 'lúng túng', 'học tập'],
  },
  {
    id: 'citizens',
    keywords: ['người dân', 'công dân', 'người lớn tuổi', 'người cao tuổi', 'điện thoại thông minh', 'smartphone', 'thói quen', 'tâm lý', 'miền núi', 'vùng sâu', 'dân trí', 'chưa quen', 'trẻ em', 'tiền mặt', 'khách hàng', 'bệnh nhân', 'đối tượng', 'chủ cơ sở', 'chủ nhà trọ', 'tiếp cận'],
  },
  {
    id: 'coordination',
    keywords: ['phối hợp', 'kết nối', 'liên thông', 'tích hợp', 'đồng bộ', 'chia sẻ', 'nhà thầu', 'nhà cung cấp', 'phụ thuộc', 'hợp tác', 'hưởng ứng', 'chưa thực sự quan tâm', 'chủ động'],
  },
  {
    id: 'guidance',
    keywords: ['chờ hướng dẫn', 'văn bản hướng dẫn', 'hướng dẫn cụ thể', 'chưa có hướng dẫn', 'hướng dẫn của', 'chờ', 'trung ương', 'bộ, ngành', 'C06', 'chưa có văn bản', 'cơ quan có thẩm quyền', 'chỉ đạo'],
  },
];

/** The category of a text no rule matches. */
export const OTHER_CATEGORY: CategoryRule = { id: 'other', keywords: [] };

// Every category of the domain list has a rule (or is `other`), in the same order.
if (CATEGORY_RULES.map((r) => r.id).join() !== DIFFICULTY_CATEGORIES.filter((c) => c.id !== 'other').map((c) => c.id).join()) {
  throw new Error('difficulty rules and categories disagree');
}
