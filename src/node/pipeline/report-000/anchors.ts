/**
 * Where the cells of report 000's table begin. The PDF extraction lost the column borders, so
 * for each model this records the opening words of the cells that the text alone cannot
 * separate: the result cell (when it does not open with a count), the difficulty cell and the
 * effectiveness cell. Province lists, funding and replication cells are found by rule.
 * Every anchor must open a line of its model's block, or the pipeline stops.
 */
export interface CellAnchors {
  result?: string;
  difficulty?: string;
  effectiveness?: string;
}

/** Opening words per model (2024 numbering). */
export const ANCHORS_000: Readonly<Record<number, CellAnchors>> = {
  1: { difficulty: 'Việc theo dõi 53 dịch vụ', effectiveness: 'Đối với người dân: Tiết kiệm' },
  2: { difficulty: 'Gặp nhiều khó khăn', effectiveness: 'Ứng dụng kiosk tại trung tâm' },
  3: { difficulty: 'Hiện chưa có cơ sở, căn cứ pháp lý', effectiveness: 'Hạn chế mức thấp nhất' },
  4: { difficulty: 'Mặt bằng dân trí', effectiveness: 'Cơ quan nhà nước: Các tài liệu' },
  5: { effectiveness: 'Giúp người dân giao dịch' },
  6: { difficulty: 'Tỷ lệ người dân sử dụng thẻ', effectiveness: 'Sử dụng CCCD tiện lợi' },
  7: { result: 'Hiện nay, Ngân hàng HD Bank', difficulty: 'Mỗi bệnh viện sử dụng', effectiveness: 'Việc triển khai ứng dụng công nghệ' },
  8: { difficulty: 'Một số cơ sở công chứng', effectiveness: '- Đơn vị công chứng' },
  9: { difficulty: 'Các cơ sở lưu trú chưa', effectiveness: 'Thông qua ứng dụng phần mềm' },
  10: { difficulty: 'Khả năng Tiếp cận', effectiveness: '- Đối với người dân' },
  11: { difficulty: 'Bệnh nhân nhập viện', effectiveness: '- Tạo điều kiện thuận lợi' },
  12: { result: 'Các địa phương đang phối hợp', difficulty: 'Theo báo cáo của các đơn vị', effectiveness: 'Giám sát, quản lý con người' },
  13: { result: 'Mô hình Triển khai Camera AI', difficulty: 'Đa số các chùa', effectiveness: 'Nâng cao an ninh' },
  14: { result: 'Mô hình Triển khai Camera AI', difficulty: 'Kinh nghiệm còn yếu', effectiveness: 'Giám sát, kiểm đếm' },
  15: { result: 'Mô hình Triển khai Camera AI', difficulty: 'Hiện nay bến xe trung tâm', effectiveness: 'Kịp thời phát hiện' },
  16: { difficulty: 'Các cơ sở cầm đồ', effectiveness: 'Giúp chủ cơ sở kinh doanh' },
  17: { difficulty: 'Hiện nay lệ phí sát hạch', effectiveness: 'Xác thực chính xác học viên' },
  18: { difficulty: 'Việc xác minh chủ phương tiện', effectiveness: 'Giúp kịp thời phát hiện' },
  19: { difficulty: 'Một số người vi phạm', effectiveness: 'Thuận tiện cho người dân' },
  20: { difficulty: 'Việc triển khai cập nhật dữ liệu', effectiveness: '- Hỗ trợ ngân hàng' },
  21: { difficulty: 'Ngoài ra, việc gian lận', effectiveness: 'Việc tổ chức thi trên hệ thống' },
  22: { difficulty: 'Hiện nay các sản phẩm OCOP', effectiveness: 'Góp phần quảng bá' },
  23: { difficulty: 'Một số địa phương không có bãi xe', effectiveness: 'Đảm bảo tính thống nhất' },
  24: { difficulty: 'Còn nhiều công dân hạn chế', effectiveness: 'Công dân được thụ hưởng' },
  25: { difficulty: 'Tỉnh không chủ động quản lý', effectiveness: 'Đảm bảo tính thống nhất' },
  26: { effectiveness: 'Cơ quan nhà nước: Kết nối' },
  27: { difficulty: 'Một số đơn vị còn chưa thực sự quan tâm', effectiveness: 'Tuyên truyền nhanh các quy định' },
  28: { difficulty: 'Hiện nay, cơ sở còn nhiều nơi', effectiveness: 'Tăng cường hiệu quả của công tác' },
  29: { effectiveness: 'Giảm chi phí đi lại' },
  30: { effectiveness: 'Người dân có thêm công cụ' },
  31: { difficulty: 'Việc kết nối, tích hợp', effectiveness: 'Nâng cao hiệu quả công tác phổ biến' },
  32: { result: 'Nhiều địa phương đang triển khai', effectiveness: 'Tăng cường hiệu quả trong công tác' },
  33: { result: 'Đã triển khai thí điểm tại', effectiveness: 'Giúp người dân có thêm lựa chọn' },
  34: { result: 'Thành phố Hà Nội đã triển khai', effectiveness: 'Giúp người dân dễ dàng truy cập' },
  35: { difficulty: 'Dữ liệu được quản lý từ nhiều nguồn', effectiveness: 'Hiệu quả, tạo điều kiện' },
  36: { difficulty: '- Việc làm sạch dữ liệu', effectiveness: 'Tạo lập, số hóa dữ liệu' },
  37: { difficulty: 'Một số đối tượng an sinh xã hội', effectiveness: '- Cơ quan nhà nước: Công khai' },
  42: { difficulty: '(1) Bộ, ngành TW', effectiveness: 'Thông qua các cuộc thi' },
  43: { difficulty: '-Hệ thống giám sát ATTT', effectiveness: 'SOC giúp các cơ quan' },
  44: { difficulty: 'Một số cán bộ, công chức', effectiveness: 'Qua các khóa đào tạo' },
};

/**
 * The merged difficulty/effectiveness cell of group V. The extraction prints it after the
 * funding and replication cells of model 38 (first page) and again after model 42 (the page
 * holding 39–42); models 39, 40 and 41 have no cells of their own, and 42 has its own, so the
 * merged cell spans models 38–41.
 */
export const SHARED_CELL_000 = {
  models: [38, 39, 40, 41],
  printedAfter: [38, 42],
  difficulty: 'Trung tâm IOC, trung tâm SOC',
  effectiveness: 'Phân tích đánh giá từ dữ liệu',
} as const;
