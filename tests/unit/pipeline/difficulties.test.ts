import { describe, expect, it } from 'vitest';
import {
  classifyDifficulty, classifyNature, explainDifficulty, explainNature, phrasePattern, splitSentences,
} from '../../../src/node/pipeline/difficulties/classify.ts';
import { CATEGORY_RULES, PROGRESS_RULE } from '../../../src/node/pipeline/difficulties/rules.ts';
import { loadTable } from '../helpers.ts';

// Short sentences made up for the tests (never the evaluation texts), with the categories a reader
// gives them: each category, each phrasing of "waiting for the centre", and the look-alikes.
const CASES: [sentence: string, categories: string[]][] = [
  ['Chưa có quy định về việc lưu trữ hồ sơ điện tử.', ['legal']],
  ['Thiếu hành lang pháp lý cho chữ ký số.', ['legal']],
  ['Hồ sơ được xử lý theo quy định.', ['other']],
  ['Tỉnh thiếu kinh phí để duy trì hệ thống.', ['finance']],
  ['Giá thiết bị quá cao so với khả năng của cơ sở.', ['finance']],
  ['Mô hình được triển khai miễn phí.', ['other']],
  ['Máy chủ của tỉnh đã lỗi thời, cần nâng cấp.', ['infrastructure']],
  ['Nhiều xã chưa có thiết bị đọc thẻ.', ['infrastructure']],
  ['Kinh phí mua thiết bị chưa được bố trí.', ['finance']],
  ['Dữ liệu hộ tịch chưa được làm sạch.', ['data']],
  ['Chưa có chuyên ngành đào tạo về phân tích dữ liệu.', ['people']],
  ['Cần bảo đảm an toàn thông tin khi kết nối hệ thống.', ['security', 'coordination']],
  ['Việc nhận tiền hộ tiềm ẩn rủi ro bị lừa đảo.', ['security']],
  ['Camera giúp giữ gìn an ninh trật tự tại khu du lịch.', ['other']],
  ['Đội ngũ cán bộ còn thiếu kỹ năng về công nghệ.', ['people']],
  ['Nhân viên chưa thành thạo thao tác trên phần mềm.', ['people']],
  ['Nhiều người dân chưa quen nộp hồ sơ trực tuyến.', ['citizens']],
  ['Người cao tuổi ở vùng sâu không có điện thoại thông minh.', ['citizens']],
  ['Khách hàng chủ yếu mua vé qua ứng dụng.', ['citizens']],
  ['Cán bộ hướng dẫn người dân cài đặt ứng dụng.', ['other']],
  ['Thông tin công dân trong hệ thống còn sai lệch.', ['data']],
  ['Triển khai chi trả không dùng tiền mặt tại xã.', ['other']],
  ['Chủ cơ sở chưa hợp tác với cơ quan công an.', ['citizens']],
  ['Hai hệ thống chưa được kết nối với nhau.', ['coordination']],
  ['Chức năng phụ thuộc vào nhà cung cấp phần mềm.', ['coordination']],
  ['Các ngành chưa thực sự quan tâm đến mô hình.', ['coordination']],
  ['Tỉnh đang chờ hướng dẫn của Bộ Công an.', ['guidance']],
  ['Chưa có văn bản hướng dẫn thực hiện.', ['guidance']],
  ['Đề nghị Bộ Tư pháp sớm ban hành mẫu biểu.', ['guidance']],
  ['Việc triển khai phụ thuộc vào lộ trình của Bộ Y tế.', ['guidance']],
  ['Kiến nghị Trung ương bổ sung chức năng.', ['guidance']],
  ['C06 chưa cấp tài khoản khai thác cho địa phương.', ['guidance']],
  ['Dịch vụ chưa được bộ, ngành trung ương đưa lên cổng quốc gia.', ['guidance']],
  ['Ứng dụng VNeID chưa có tiện ích này.', ['guidance']],
  ['Một bộ phận người dân chưa quen.', ['citizens']],
  ['Số khách tham quan thay đổi theo mùa.', ['other']],
];

describe('difficulty classifier', () => {
  it.each(CASES)('reads "%s" as %j', (sentence, categories) => expect(classifyDifficulty(sentence)).toEqual(categories));

  it('has made-up cases for every category', () => {
    const covered = new Set(CASES.flatMap(([, c]) => c));
    for (const rule of CATEGORY_RULES) expect(covered).toContain(rule.id);
    expect(covered).toContain('other');
  });

  it('matches whole words, in any Unicode form and case, a capital only as a capital', () => {
    expect(classifyDifficulty('THIẾU KINH PHÍ'.normalize('NFD'))).toEqual(['finance']);
    expect(classifyDifficulty('mấy ngày')).toEqual(['other']);
    expect(phrasePattern('Bộ … chưa').test('Bộ Y tế chưa ban hành')).toBe(true);
    expect(phrasePattern('Bộ … chưa').test('một bộ phận chưa làm')).toBe(false);
  });

  it('lets … stand for a few words of the same clause, not more, and not across a full stop', () => {
    expect(phrasePattern('chờ … hướng dẫn').test('chờ cơ quan cấp trên ban hành hướng dẫn')).toBe(true);
    expect(phrasePattern('chờ … hướng dẫn').test('chờ. Cán bộ hướng dẫn')).toBe(false);
    expect(phrasePattern('chờ … hướng dẫn').test('chờ một hai ba bốn năm sáu bảy tám chín hướng dẫn')).toBe(false);
  });

  it('explains which phrases decided, and leaves out what an exception blanked', () => {
    expect(explainDifficulty('Thiếu kinh phí và nhân lực')).toEqual({ finance: ['kinh phí'], people: ['nhân lực'] });
    expect(explainDifficulty('Đề nghị Bộ Tư pháp ban hành mẫu')).toEqual({ guidance: ['đề nghị … Bộ'] });
    expect(explainDifficulty('Hồ sơ được xử lý theo quy định.')).toEqual({});
  });

  it('keeps its rules to phrases, not sentences copied from a report', () => {
    for (const rule of CATEGORY_RULES) {
      for (const phrase of rule.phrases) for (const part of phrase.split('…')) expect(part.trim().split(/\s+/).length).toBeLessThanOrEqual(6);
    }
  });

  it('splits a cell into sentences at bullets, numbered items, paragraphs and full stops', () => {
    expect(splitSentences('- Việc làm sạch dữ liệu còn khó. - Một số ngành chưa quan tâm')).toEqual(['Việc làm sạch dữ liệu còn khó.', 'Một số ngành chưa quan tâm']);
    expect(splitSentences('gặp khó khăn như: (1) khách hàng không mang CCCD; (2) đặt vé online')).toEqual(['gặp khó khăn như:', '(1) khách hàng không mang CCCD;', '(2) đặt vé online']);
    expect(splitSentences('Dòng một\nDòng hai')).toEqual(['Dòng một', 'Dòng hai']);
    expect(splitSentences('Thiết bị có giá thành cao. * Các văn phòng đề nghị Sở làm đầu mối.')).toEqual(['Thiết bị có giá thành cao.', 'Các văn phòng đề nghị Sở làm đầu mối.']);
  });
});

describe('telling progress from difficulty', () => {
  const NATURES: [sentence: string, nature: 'difficulty' | 'progress'][] = [
    ['Sở đã triển khai thử nghiệm hệ thống tại hai huyện.', 'progress'],
    ['Sẽ tiếp tục phối hợp với các đơn vị liên quan.', 'progress'],
    ['Đã triển khai nhưng người dân chưa sử dụng.', 'difficulty'],
    ['Đưa vào sử dụng còn chậm.', 'difficulty'],
    ['Thiết bị có giá thành cao.', 'difficulty'],
  ];
  it.each(NATURES)('reads "%s" as %s', (sentence, nature) => expect(classifyNature(sentence)).toBe(nature));

  it('says which phrases made it progress and which overruled them', () => {
    expect(explainNature('Đã triển khai nhưng người dân chưa sử dụng.')).toEqual({ progress: ['đã triển khai'], difficulty: ['chưa'] });
    expect(PROGRESS_RULE.unless).toContain('chưa');
  });
});

describe('difficulties.csv', () => {
  const table = loadTable('difficulties.csv');
  const rows = table.objects() as Record<string, string | null>[];
  it('keeps the raw text next to every category and never drops a text', () => {
    const ids = new Set(rows.map((r) => r.difficulty_id));
    for (const id of ids) {
      const mine = rows.filter((r) => r.difficulty_id === id);
      expect(new Set(mine.map((r) => r.text)).size).toBe(1);
      expect(mine.map((r) => r.category)).toEqual(classifyDifficulty(mine[0]?.text ?? ''));
      expect(new Set(mine.map((r) => r.nature))).toEqual(new Set([classifyNature(mine[0]?.text ?? '')]));
    }
  });
  it('uses only the categories of datasets.md, and other; only difficulty and progress', () => {
    const allowed = [...CATEGORY_RULES.map((r) => r.id), 'other'];
    for (const c of table.array('category') as string[]) expect(allowed).toContain(c);
    for (const n of table.array('nature') as string[]) expect(['difficulty', 'progress']).toContain(n);
  });
});
