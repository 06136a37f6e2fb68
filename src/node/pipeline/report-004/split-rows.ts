/**
 * Rows of report 004 that a page break cut in two: the extraction interleaves the second half
 * of every cell with the next page's header, so no rule can separate the cells. These were
 * read by hand from the source text; the parser checks every word is in the row and that the
 * row really is split (a stale entry fails the build).
 */
export const SPLIT_ROWS_004: Readonly<Record<number, { leadAgency: string; partners: string; deadline: string }>> = {
  12: { leadAgency: 'Sở Du lịch', partners: 'Công an tỉnh, Sở Thông tin và Truyền thông', deadline: 'Theo lộ trình triển khai của Cục C06 thuộc Bộ Công an' },
  17: { leadAgency: 'Công an tỉnh', partners: 'Sở Thông tin và truyền thông, Sở giao thông vận tải và các cơ quan, đơn vị có liên quan', deadline: 'Quý I/2024' },
  22: { leadAgency: 'Công an tỉnh', partners: 'Sở Thông tin và Truyền thông, UBND các huyện, thị xã, thành phố', deadline: 'Năm 2023 và những năm tiếp theo' },
  27: { leadAgency: 'Công an tỉnh', partners: 'Văn phòng Ủy ban nhân dân tỉnh', deadline: 'Trong năm 2023 và những năm tiếp theo' },
  33: { leadAgency: 'Sở Tài Nguyên và Môi trường', partners: 'Công an tỉnh, Sở Thông tin và Truyền thông, UBND các huyện, thị xã, thành phố', deadline: 'Quý II/2024' },
  38: { leadAgency: 'Sở Du lịch', partners: 'Công an tỉnh, Sở Thông tin và Truyền thông, địa phương', deadline: 'Theo lộ trình triển khai của Cục C06 thuộc Bộ Công an' },
};
