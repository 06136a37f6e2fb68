/**
 * The 63 provinces and centrally-run cities of Vietnam before the 2025 merger (the unit of
 * record of every source report), and the 34 provincial units in force since 1 July 2025
 * (Resolution 202/2025/QH15). Codes are ISO 3166-2:VN; `gso` is the statistics office code.
 */

/** The six statistical regions of the General Statistics Office. */
export const REGIONS = {
  red_river_delta: { vi: 'Đồng bằng sông Hồng', en: 'Red River Delta' },
  northern_midlands: { vi: 'Trung du và miền núi phía Bắc', en: 'Northern Midlands and Mountains' },
  central_coast: { vi: 'Bắc Trung Bộ và Duyên hải miền Trung', en: 'North Central and Central Coast' },
  central_highlands: { vi: 'Tây Nguyên', en: 'Central Highlands' },
  southeast: { vi: 'Đông Nam Bộ', en: 'Southeast' },
  mekong_delta: { vi: 'Đồng bằng sông Cửu Long', en: 'Mekong River Delta' },
} as const;

export type Region = keyof typeof REGIONS;

/** The kinds of province: a province, or a centrally-run city. */
export const PROVINCE_KINDS = ['province', 'city'] as const;

/** One kind of province. */
export type ProvinceKind = (typeof PROVINCE_KINDS)[number];

/** One of the 63 provinces. */
export interface Province {
  code: string;
  gso: string;
  nameVi: string;
  nameEn: string;
  kind: ProvinceKind;
  region: Region;
  /** `code` of the 2025 unit this province belongs to. */
  unit2025: string;
}

type Row = [code: string, gso: string, nameVi: string, nameEn: string, kind: 'p' | 'c', region: Region, unit2025: string];

// Sorted by GSO code, the order of official statistics.
const ROWS: Row[] = [
  ['VN-HN', '01', 'Hà Nội', 'Hanoi', 'c', 'red_river_delta', 'VN-HN'],
  ['VN-03', '02', 'Hà Giang', 'Ha Giang', 'p', 'northern_midlands', 'VN-07'],
  ['VN-04', '04', 'Cao Bằng', 'Cao Bang', 'p', 'northern_midlands', 'VN-04'],
  ['VN-53', '06', 'Bắc Kạn', 'Bac Kan', 'p', 'northern_midlands', 'VN-69'],
  ['VN-07', '08', 'Tuyên Quang', 'Tuyen Quang', 'p', 'northern_midlands', 'VN-07'],
  ['VN-02', '10', 'Lào Cai', 'Lao Cai', 'p', 'northern_midlands', 'VN-02'],
  ['VN-71', '11', 'Điện Biên', 'Dien Bien', 'p', 'northern_midlands', 'VN-71'],
  ['VN-01', '12', 'Lai Châu', 'Lai Chau', 'p', 'northern_midlands', 'VN-01'],
  ['VN-05', '14', 'Sơn La', 'Son La', 'p', 'northern_midlands', 'VN-05'],
  ['VN-06', '15', 'Yên Bái', 'Yen Bai', 'p', 'northern_midlands', 'VN-02'],
  ['VN-14', '17', 'Hòa Bình', 'Hoa Binh', 'p', 'northern_midlands', 'VN-68'],
  ['VN-69', '19', 'Thái Nguyên', 'Thai Nguyen', 'p', 'northern_midlands', 'VN-69'],
  ['VN-09', '20', 'Lạng Sơn', 'Lang Son', 'p', 'northern_midlands', 'VN-09'],
  ['VN-13', '22', 'Quảng Ninh', 'Quang Ninh', 'p', 'red_river_delta', 'VN-13'],
  ['VN-54', '24', 'Bắc Giang', 'Bac Giang', 'p', 'northern_midlands', 'VN-56'],
  ['VN-68', '25', 'Phú Thọ', 'Phu Tho', 'p', 'northern_midlands', 'VN-68'],
  ['VN-70', '26', 'Vĩnh Phúc', 'Vinh Phuc', 'p', 'red_river_delta', 'VN-68'],
  ['VN-56', '27', 'Bắc Ninh', 'Bac Ninh', 'p', 'red_river_delta', 'VN-56'],
  ['VN-61', '30', 'Hải Dương', 'Hai Duong', 'p', 'red_river_delta', 'VN-HP'],
  ['VN-HP', '31', 'Hải Phòng', 'Hai Phong', 'c', 'red_river_delta', 'VN-HP'],
  ['VN-66', '33', 'Hưng Yên', 'Hung Yen', 'p', 'red_river_delta', 'VN-66'],
  ['VN-20', '34', 'Thái Bình', 'Thai Binh', 'p', 'red_river_delta', 'VN-66'],
  ['VN-63', '35', 'Hà Nam', 'Ha Nam', 'p', 'red_river_delta', 'VN-18'],
  ['VN-67', '36', 'Nam Định', 'Nam Dinh', 'p', 'red_river_delta', 'VN-18'],
  ['VN-18', '37', 'Ninh Bình', 'Ninh Binh', 'p', 'red_river_delta', 'VN-18'],
  ['VN-21', '38', 'Thanh Hóa', 'Thanh Hoa', 'p', 'central_coast', 'VN-21'],
  ['VN-22', '40', 'Nghệ An', 'Nghe An', 'p', 'central_coast', 'VN-22'],
  ['VN-23', '42', 'Hà Tĩnh', 'Ha Tinh', 'p', 'central_coast', 'VN-23'],
  ['VN-24', '44', 'Quảng Bình', 'Quang Binh', 'p', 'central_coast', 'VN-25'],
  ['VN-25', '45', 'Quảng Trị', 'Quang Tri', 'p', 'central_coast', 'VN-25'],
  ['VN-26', '46', 'Thừa Thiên Huế', 'Thua Thien Hue', 'p', 'central_coast', 'VN-26'],
  ['VN-DN', '48', 'Đà Nẵng', 'Da Nang', 'c', 'central_coast', 'VN-DN'],
  ['VN-27', '49', 'Quảng Nam', 'Quang Nam', 'p', 'central_coast', 'VN-DN'],
  ['VN-29', '51', 'Quảng Ngãi', 'Quang Ngai', 'p', 'central_coast', 'VN-29'],
  ['VN-31', '52', 'Bình Định', 'Binh Dinh', 'p', 'central_coast', 'VN-30'],
  ['VN-32', '54', 'Phú Yên', 'Phu Yen', 'p', 'central_coast', 'VN-33'],
  ['VN-34', '56', 'Khánh Hòa', 'Khanh Hoa', 'p', 'central_coast', 'VN-34'],
  ['VN-36', '58', 'Ninh Thuận', 'Ninh Thuan', 'p', 'central_coast', 'VN-34'],
  ['VN-40', '60', 'Bình Thuận', 'Binh Thuan', 'p', 'central_coast', 'VN-35'],
  ['VN-28', '62', 'Kon Tum', 'Kon Tum', 'p', 'central_highlands', 'VN-29'],
  ['VN-30', '64', 'Gia Lai', 'Gia Lai', 'p', 'central_highlands', 'VN-30'],
  ['VN-33', '66', 'Đắk Lắk', 'Dak Lak', 'p', 'central_highlands', 'VN-33'],
  ['VN-72', '67', 'Đắk Nông', 'Dak Nong', 'p', 'central_highlands', 'VN-35'],
  ['VN-35', '68', 'Lâm Đồng', 'Lam Dong', 'p', 'central_highlands', 'VN-35'],
  ['VN-58', '70', 'Bình Phước', 'Binh Phuoc', 'p', 'southeast', 'VN-39'],
  ['VN-37', '72', 'Tây Ninh', 'Tay Ninh', 'p', 'southeast', 'VN-37'],
  ['VN-57', '74', 'Bình Dương', 'Binh Duong', 'p', 'southeast', 'VN-SG'],
  ['VN-39', '75', 'Đồng Nai', 'Dong Nai', 'p', 'southeast', 'VN-39'],
  ['VN-43', '77', 'Bà Rịa - Vũng Tàu', 'Ba Ria - Vung Tau', 'p', 'southeast', 'VN-SG'],
  ['VN-SG', '79', 'Hồ Chí Minh', 'Ho Chi Minh City', 'c', 'southeast', 'VN-SG'],
  ['VN-41', '80', 'Long An', 'Long An', 'p', 'mekong_delta', 'VN-37'],
  ['VN-46', '82', 'Tiền Giang', 'Tien Giang', 'p', 'mekong_delta', 'VN-45'],
  ['VN-50', '83', 'Bến Tre', 'Ben Tre', 'p', 'mekong_delta', 'VN-49'],
  ['VN-51', '84', 'Trà Vinh', 'Tra Vinh', 'p', 'mekong_delta', 'VN-49'],
  ['VN-49', '86', 'Vĩnh Long', 'Vinh Long', 'p', 'mekong_delta', 'VN-49'],
  ['VN-45', '87', 'Đồng Tháp', 'Dong Thap', 'p', 'mekong_delta', 'VN-45'],
  ['VN-44', '89', 'An Giang', 'An Giang', 'p', 'mekong_delta', 'VN-44'],
  ['VN-47', '91', 'Kiên Giang', 'Kien Giang', 'p', 'mekong_delta', 'VN-44'],
  ['VN-CT', '92', 'Cần Thơ', 'Can Tho', 'c', 'mekong_delta', 'VN-CT'],
  ['VN-73', '93', 'Hậu Giang', 'Hau Giang', 'p', 'mekong_delta', 'VN-CT'],
  ['VN-52', '94', 'Sóc Trăng', 'Soc Trang', 'p', 'mekong_delta', 'VN-CT'],
  ['VN-55', '95', 'Bạc Liêu', 'Bac Lieu', 'p', 'mekong_delta', 'VN-59'],
  ['VN-59', '96', 'Cà Mau', 'Ca Mau', 'p', 'mekong_delta', 'VN-59'],
];

/** The 63 provinces, in GSO order. */
export const PROVINCES: readonly Province[] = ROWS.map(([code, gso, nameVi, nameEn, k, region, unit2025]) => ({
  code, gso, nameVi, nameEn, kind: k === 'c' ? 'city' : 'province', region, unit2025,
}));

/** Province by ISO code. */
export const PROVINCE_BY_CODE: ReadonlyMap<string, Province> = new Map(PROVINCES.map((p) => [p.code, p]));

/** A province's name in the language (`vi` or `en`); the code itself for a code that names no province. */
export function provinceName(code: string, lang: 'vi' | 'en'): string {
  const p = PROVINCE_BY_CODE.get(code);
  return p ? (lang === 'en' ? p.nameEn : p.nameVi) : code;
}

/** One of the 34 provincial units since 1 July 2025. */
export interface Unit2025 {
  /** The `code` of the member whose name the unit keeps. */
  code: string;
  nameVi: string;
  nameEn: string;
  kind: ProvinceKind;
  /** The former province where the unit's administrative centre is. */
  seat: string;
}

type UnitRow = [code: string, kind: 'p' | 'c', seat: string, nameVi?: string, nameEn?: string];

// Names default to the member province's; Thừa Thiên Huế became Huế city in 2025.
const UNIT_ROWS: UnitRow[] = [
  ['VN-HN', 'c', 'VN-HN'], ['VN-26', 'c', 'VN-26', 'Huế', 'Hue'], ['VN-01', 'p', 'VN-01'],
  ['VN-71', 'p', 'VN-71'], ['VN-05', 'p', 'VN-05'], ['VN-09', 'p', 'VN-09'], ['VN-13', 'p', 'VN-13'],
  ['VN-21', 'p', 'VN-21'], ['VN-22', 'p', 'VN-22'], ['VN-23', 'p', 'VN-23'], ['VN-04', 'p', 'VN-04'],
  ['VN-07', 'p', 'VN-07'], ['VN-02', 'p', 'VN-06'], ['VN-69', 'p', 'VN-69'], ['VN-68', 'p', 'VN-68'],
  ['VN-56', 'p', 'VN-54'], ['VN-66', 'p', 'VN-66'], ['VN-HP', 'c', 'VN-HP'], ['VN-18', 'p', 'VN-18'],
  ['VN-25', 'p', 'VN-24'], ['VN-DN', 'c', 'VN-DN'], ['VN-29', 'p', 'VN-29'], ['VN-30', 'p', 'VN-31'],
  ['VN-34', 'p', 'VN-34'], ['VN-35', 'p', 'VN-35'], ['VN-33', 'p', 'VN-33'], ['VN-SG', 'c', 'VN-SG'],
  ['VN-39', 'p', 'VN-39'], ['VN-37', 'p', 'VN-41'], ['VN-CT', 'c', 'VN-CT'], ['VN-49', 'p', 'VN-49'],
  ['VN-45', 'p', 'VN-46'], ['VN-59', 'p', 'VN-59'], ['VN-44', 'p', 'VN-47'],
];

/** The 34 provincial units in force since 1 July 2025. */
export const UNITS_2025: readonly Unit2025[] = UNIT_ROWS.map(([code, k, seat, nameVi, nameEn]) => {
  const member = PROVINCE_BY_CODE.get(code);
  if (!member) throw new Error(`unit ${code} is not one of the 63 provinces`);
  return { code, kind: k === 'c' ? 'city' : 'province', seat, nameVi: nameVi ?? member.nameVi, nameEn: nameEn ?? member.nameEn };
});
