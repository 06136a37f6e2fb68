/**
 * The difficulty classifier's rules: for each category, the Vietnamese phrases that say a text is
 * about it, and the phrases that look like it but are not. A text carries every category one of
 * whose phrases it contains; a text that matches none is `other`. Report 002 names the first six
 * kinds of cause; the last three are what the difficulty texts of reports 000 and 003 also talk
 * about. What each category means is written out in tests/fixtures/difficulties/README.md, and
 * `npm run eval:difficulties` scores these rules against texts labelled by hand.
 *
 * How a phrase is read (classify.ts): whole words, any spacing; `…` stands for up to eight words of
 * the same clause; a capital letter matches only a capital. Rules speak of what a sentence is
 * about, so where a word alone would mislead (people are "người dân" in many sentences that are
 * not about their habits), a phrase pairs who with what: `around(PUBLIC, HABITS)`.
 */
import { DIFFICULTY_CATEGORIES, type DifficultyCategory } from '../../../domain/difficulty-categories.ts';

/** A category, the phrases that put a text in it, and the phrases whose words do not count for it. */
export interface CategoryRule {
  id: DifficultyCategory;
  phrases: readonly string[];
  /** Phrases blanked out of the text before this rule's phrases are looked for. */
  except?: readonly string[];
}

/** Every "who … what" phrase: each of `who`, then within a clause each of `what`. */
const around = (who: readonly string[], what: readonly string[]): string[] =>
  who.flatMap((w) => what.map((x) => `${w} … ${x}`));

/** The public and the private users a model relies on: citizens, customers, patients, business owners. */
const PUBLIC = [
  'người dân', 'công dân', 'nhân dân', 'khách hàng', 'hành khách', 'bệnh nhân', 'người bệnh',
  'đối tượng', 'chủ cơ sở', 'chủ nhà trọ', 'chủ hộ', 'cơ sở lưu trú', 'cơ sở kinh doanh', 'văn phòng công chứng',
];
/** Others' work for the public ("hướng dẫn người dân"): about the helpers, not the public's habits. */
const SERVING_THE_PUBLIC = ['hướng dẫn', 'hỗ trợ', 'phục vụ'].flatMap((verb) => PUBLIC.map((who) => `${verb} ${who}`));
/** What holds the public back: habits, reluctance, devices, skills, access. */
const HABITS = [
  'chưa quen', 'không quen', 'tâm lý', 'e ngại', 'lo lắng', 'chưa có nhu cầu', 'không có nhu cầu', 'không muốn', 'không đồng ý',
  'chưa hưởng ứng', 'không hưởng ứng', 'chưa hợp tác', 'không hợp tác', 'chưa thực hiện nghiêm', 'chưa thực hiện', 'chiếu lệ',
  'không mang theo', 'chủ yếu', 'vẫn phải', 'không có tài khoản', 'chưa có tài khoản', 'không có điện thoại', 'không sử dụng',
  'chưa tiếp cận', 'tiếp cận', 'hạn chế', 'không thành thạo', 'không biết sử dụng', 'chưa tự thực hiện', 'khó khăn',
  'đến các cơ quan', 'ra cơ quan', 'trực tiếp đến',
];
/** Staff: officials, employees, working groups. */
const STAFF = ['cán bộ', 'công chức', 'viên chức', 'nhân viên', 'Tổ công tác', 'đội ngũ'];
/** What holds staff back: numbers, skills, training. */
const SKILLS = [
  'trình độ', 'kỹ năng', 'thành thạo', 'lúng túng', 'không nắm rõ', 'chưa nắm rõ', 'chưa được đào tạo',
  'đào tạo chuyên sâu', 'thiếu', 'kiêm nhiệm', 'không đạt',
];
/** Central bodies: a ministry, the centre, C06. */
const CENTRE = ['Bộ', 'bộ, ngành', 'trung ương', 'TW', 'C06', 'Cục'];
/** National systems only the centre can change. */
const NATIONAL_APP = ['VNeID', 'Cổng DVC quốc gia', 'Cổng dịch vụ công quốc gia'];
/** Agencies of the province and its partners. */
const AGENCIES = ['đơn vị', 'ngành', 'cơ quan', 'địa phương'];

/** Categories in display order, each with its phrases. */
export const CATEGORY_RULES: readonly CategoryRule[] = [
  {
    id: 'legal',
    phrases: [
      'pháp lý', 'pháp luật', 'chưa … quy định', 'không … quy định', 'quy định … chưa', 'vướng … quy định', 'thông tư', 'nghị định',
      'luật', 'quy phạm', 'lệ phí', 'cấp phép',
    ],
    // "as the rules require" is how a sentence ends, not a rule that is missing.
    except: ['theo quy định', 'đúng quy định'],
  },
  {
    id: 'finance',
    phrases: [
      'kinh phí', 'chi phí', 'lệ phí', 'thu phí', 'trả phí', 'mất phí', 'giải ngân', 'ngân sách', 'tài chính', 'nguồn vốn', 'đầu tư',
      'giá thành', 'giá … cao', 'tốn kém', 'triệu đồng',
    ],
    except: ['chống thất thu … ngân sách', 'miễn phí', 'giảm chi phí', 'tiết kiệm chi phí'],
  },
  {
    id: 'infrastructure',
    phrases: [
      'hạ tầng', 'lỗi thời', 'hết hạn bản quyền', 'xuống cấp', 'hư hỏng', 'thiếu thiết bị', 'chưa có thiết bị', 'trang bị', 'thiếu máy',
      'màn hình', 'bảng tin điện tử', 'đường truyền', 'mạng internet', 'sóng di động', 'máy chủ', 'nâng cấp', 'bảo trì',
      'chưa đủ điều kiện', 'camera … chưa', 'chất lượng … camera', 'IOC … chưa', 'SOC … chưa', 'bãi xe', 'bãi đỗ',
      'phần mềm … chưa đáp ứng',
    ],
  },
  {
    id: 'data',
    phrases: [
      'làm sạch', 'sai lệch', 'độ chính xác', 'chưa chính xác', 'không chính xác', 'nhập dữ liệu', 'nhập liệu', 'nhập thông tin',
      'cập nhật dữ liệu', 'số liệu … chưa', 'dữ liệu … chưa', 'dữ liệu … không', 'chưa … dữ liệu', 'không … dữ liệu',
      'không đầy đủ thông tin', 'thiếu thông tin', 'trường thông tin', 'liên thông dữ liệu', 'chia sẻ dữ liệu', 'đồng bộ dữ liệu',
      'khai thác dữ liệu', 'khai thác số liệu', 'không chia sẻ', 'chưa chia sẻ', 'tích hợp thông tin',
      'kho dữ liệu', 'cơ sở dữ liệu … chưa',
    ],
    // Data as a field of study or of staff is about people.
    except: ['phân tích … dữ liệu', 'đào tạo … dữ liệu', 'nhân lực … dữ liệu'],
  },
  {
    id: 'security',
    phrases: [
      'an ninh mạng', 'an ninh an toàn', 'an toàn thông tin', 'ATTT', 'bảo mật', 'lộ lọt', 'lộ thông tin', 'tấn công mạng', 'mã độc',
      'rủi ro', 'lừa đảo', 'giả mạo', 'trục lợi',
    ],
    // Public order, and the security monitoring centre as a place, are not a weakness in security.
    except: ['an ninh trật tự', 'giám sát … ATTT', 'giám sát an ninh mạng', 'tránh rủi ro', 'giảm rủi ro'],
  },
  {
    id: 'people',
    phrases: [
      'nhân lực', 'nhân sự', 'kinh nghiệm còn', 'chuyên môn còn', 'lúng túng', 'chưa được đào tạo', 'chuyên ngành đào tạo',
      'thiếu cán bộ', 'kiêm nhiệm', ...around(STAFF, SKILLS),
    ],
    // Staff are the help citizens lack, not the difficulty, when citizens need them.
    except: ['hỗ trợ từ cán bộ', 'hỗ trợ của cán bộ'],
  },
  {
    id: 'citizens',
    phrases: [
      'thói quen', 'dân trí', 'điện thoại thông minh', 'smartphone', 'miền núi', 'vùng sâu', 'vùng xa', 'đi lại khó khăn',
      'dùng tiền mặt', 'bằng tiền mặt', 'không mang theo', 'chưa hưởng ứng', 'không hưởng ứng',
      ...around(PUBLIC, HABITS), ...around(['vận động'], PUBLIC),
    ],
    // "without cash" is the name of a model; citizens' records are data.
    except: ['không dùng tiền mặt', 'thông tin công dân', 'dữ liệu … công dân', ...SERVING_THE_PUBLIC],
  },
  {
    id: 'coordination',
    phrases: [
      'phối hợp', 'kết nối', 'tích hợp', 'liên thông', 'đồng bộ', 'liên kết', 'chia sẻ', 'nhà thầu', 'đầu mối', 'hỗ trợ từ Sở',
      'hỗ trợ của Sở', 'phụ thuộc … nhà cung cấp', 'phụ thuộc … bên cung cấp', 'phụ thuộc … doanh nghiệp', 'phụ thuộc … đơn vị',
      'chưa chủ động', 'không chủ động', 'cơ quan … không nắm', ...around(AGENCIES, ['chưa thực sự quan tâm', 'chưa quan tâm']),
    ],
  },
  {
    id: 'guidance',
    phrases: [
      'chờ hướng dẫn', 'chờ … hướng dẫn', 'chờ … chỉ đạo', 'chưa có hướng dẫn', 'chưa có … hướng dẫn', 'chưa được hướng dẫn',
      'chưa ban hành … hướng dẫn', 'văn bản hướng dẫn', 'hướng dẫn … của Bộ', 'hướng dẫn … trung ương', 'lộ trình của Bộ',
      ...around(['chờ', 'đề nghị', 'kiến nghị', 'phụ thuộc', 'chưa được'], CENTRE), ...around(CENTRE, ['chưa']),
      ...around(NATIONAL_APP, ['chưa', 'mới chỉ', 'cần được']),
    ],
  },
];

/** The category of a text no rule matches. */
export const OTHER_CATEGORY = { id: 'other' } as const;

/**
 * Telling progress from difficulty (Bình Định's difficulty column also reports work done): a text
 * with a phrase of progress is progress unless it also has a word of a difficulty.
 */
export const PROGRESS_RULE = {
  phrases: [
    'đã hoàn thành', 'đã triển khai', 'đã thực hiện', 'sẽ tiếp tục', 'tiếp tục phối hợp', 'đang thực hiện', 'đưa vào sử dụng',
    'thử nghiệm', 'chấp thuận', 'cho phép thực hiện', 'phối hợp với … thực hiện',
  ],
  unless: [
    'chưa', 'không', 'khó', 'hạn chế', 'thiếu', 'cần', 'vướng', 'chậm', 'ít', 'còn', 'phải', 'mới chỉ', 'lỗi', 'đề nghị',
    'kiến nghị', 'phụ thuộc', 'rủi ro', 'e ngại', 'tốn', 'cao',
  ],
} as const;

// Every category of the domain list has a rule (or is `other`), in the same order.
if (CATEGORY_RULES.map((r) => r.id).join() !== DIFFICULTY_CATEGORIES.filter((c) => c.id !== 'other').map((c) => c.id).join()) {
  throw new Error('difficulty rules and categories disagree');
}
