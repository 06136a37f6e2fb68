import { describe, expect, it } from 'vitest';
import { classifyDifficulty, explainDifficulty, splitSentences } from '../../../src/pipeline/difficulties/classify.ts';
import { CATEGORY_RULES } from '../../../src/pipeline/difficulties/rules.ts';
import { loadTable } from '../helpers.ts';

// Real sentences from the sources, one or more per category, with the category a reader gives them.
const CASES: [category: string, sentence: string][] = [
  ['legal', 'Hiện chưa có cơ sở, căn cứ pháp lý để thực hiện đánh giá, thẩm định đối với các dịch vụ công không sử dụng hồ sơ giấy'],
  ['legal', 'Hiện nay, pháp luật chưa có quy định cụ thể việc yêu cầu TTHC chỉ nộp hồ sơ bằng hình thức trực tuyến.'],
  ['finance', 'Gặp nhiều khó khăn về nguồn kinh phí để đầu tư, duy trì các trang thiết bị khá cao'],
  ['finance', 'Kinh phí quá lớn, không phù hợp với thực tế.'],
  ['infrastructure', 'Chất lượng các Camera chưa cao (chưa ghi nhận được rõ hình chụp biển số, chưa ghi nhận hành vi đi ngược chiều, chạy quá tốc độ...).'],
  ['infrastructure', 'Trung tâm IOC, trung tâm SOC chưa được triển khai thực hiện tại một số địa phương'],
  ['data', 'Việc làm sạch dữ liệu chuyên ngành còn nhiều khó khăn liên quan đến thông tin công dân còn nhiều sai lệch'],
  ['data', 'Việc triển khai cập nhật dữ liệu hộ nghèo, hộ cận nghèo còn chậm do các số lượng lớn'],
  ['security', 'Hệ thống giám sát ATTT mạng SOC được triển khai trên cơ sở các giải pháp hiện đại, tiên tiến của các nhà cung cấp'],
  ['security', 'Cần nâng cấp IOC tỉnh, đảm bảo an ninh an toàn kết nối với CSDLQG về dân cư'],
  ['people', 'Kinh nghiệm còn yếu, nhân sự chuyên môn còn thiếu,… dẫn đến khi thực hiện còn lúng túng trong quá trình triển khai'],
  ['people', '(4) là công việc mới nên nhân viên bán vé còn chưa thao tác thành thạo,...'],
  ['citizens', 'Một bộ phận người dân vẫn chưa quen và còn tâm lý lo lắng khi thực hiện DVC trực tuyến, đặc biệt là người lớn tuổi.'],
  ['citizens', 'Còn nhiều công dân hạn chế về trình độ CNTT, cũng như điều kiện kinh tế khó khăn chưa tiếp cận điện thoại thông minh'],
  ['coordination', 'Việc kết nối, tích hợp giữa các hệ thống còn gặp khó khăn, do một số hệ thống chưa đủ điều kiện để kết nối'],
  ['coordination', 'Phụ thuộc vào bên cung cấp dịch vụ SSO'],
  ['guidance', 'C06 chưa hoàn thiện cơ sở pháp lý'],
  ['guidance', 'Việc khởi tạo địa chỉ số chưa có văn bản hướng dẫn cụ thể, thống nhất.'],
  ['other', 'Đa số các chùa trên địa bàn tỉnh đều có quy mô nhỏ, khách đến vãng lai.'],
];

describe('difficulty classifier', () => {
  it.each(CASES)('puts a real sentence in %s', (category, sentence) => expect(classifyDifficulty(sentence)).toContain(category));

  it('covers every category with at least one case', () => {
    const covered = new Set(CASES.map(([c]) => c));
    for (const rule of CATEGORY_RULES) expect(covered).toContain(rule.id);
  });

  it('gives a text several categories when it speaks of several causes', () => {
    expect(classifyDifficulty('Hiện nay lệ phí sát hạch người dân nộp theo quy định tại Thông tư số 37/2023/TT-BTC, trong đó không có chi phí xác thực căn cước công dân'))
      .toEqual(expect.arrayContaining(['legal', 'finance', 'citizens']));
  });

  it('matches whole words, in any Unicode form and case', () => {
    expect(classifyDifficulty('THIẾU KINH PHÍ'.normalize('NFD'))).toEqual(['finance']);
    expect(classifyDifficulty('máy móc')).toContain('infrastructure');
    expect(classifyDifficulty('mấy ngày')).toEqual(['other']);
  });

  it('explains which keywords decided', () => {
    expect(explainDifficulty('Thiếu kinh phí và nhân lực')).toEqual({ finance: ['kinh phí'], people: ['nhân lực'] });
  });

  it('splits a cell into sentences at bullets, numbered items, paragraphs and full stops', () => {
    expect(splitSentences('- Việc làm sạch dữ liệu còn khó. - Một số ngành chưa quan tâm')).toEqual(['Việc làm sạch dữ liệu còn khó.', 'Một số ngành chưa quan tâm']);
    expect(splitSentences('gặp khó khăn như: (1) khách hàng không mang CCCD; (2) đặt vé online')).toEqual(['gặp khó khăn như:', '(1) khách hàng không mang CCCD;', '(2) đặt vé online']);
    expect(splitSentences('Dòng một\nDòng hai')).toEqual(['Dòng một', 'Dòng hai']);
    expect(splitSentences('Thiết bị có giá thành cao. * Các văn phòng đề nghị Sở làm đầu mối.')).toEqual(['Thiết bị có giá thành cao.', 'Các văn phòng đề nghị Sở làm đầu mối.']);
  });
});

describe('difficulties.csv', () => {
  const table = loadTable('difficulties.csv');
  it('keeps the raw text next to every category and never drops a text', () => {
    const rows = table.objects() as Record<string, string | null>[];
    const ids = new Set(rows.map((r) => r.difficulty_id));
    for (const id of ids) {
      const mine = rows.filter((r) => r.difficulty_id === id);
      expect(new Set(mine.map((r) => r.text)).size).toBe(1);
      expect(mine.map((r) => r.category)).toEqual(classifyDifficulty(mine[0]?.text ?? ''));
    }
  });
  it('uses only the categories of datasets.md, and other', () => {
    const allowed = [...CATEGORY_RULES.map((r) => r.id), 'other'];
    for (const c of table.array('category') as string[]) expect(allowed).toContain(c);
  });
});
