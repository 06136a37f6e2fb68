/**
 * A download's sheet as an XLSX workbook, written by write-excel-file: a bold header row that stays
 * in view (frozen), an autofilter over the header, typed cells and fitted column widths. Loaded
 * only when someone asks for an XLSX (a dynamic import), so the first screen never carries it.
 */
import writeXlsxFile, { type Cell, type Feature, type SheetData } from 'write-excel-file/universal';
import {
  appendMarkupInsideElement, findElement, getCellAddress, getOrderOfSiblings, getSelfClosingTagMarkup,
  insertElementMarkupAccordingToOrderOfSiblings, replaceElement, sanitizeTextContent,
} from 'write-excel-file/utility';
import type { Lang } from '../i18n/i18n.ts';
import type { SheetCell, SheetPlan } from './download-table.ts';

/** Excel's number formats: whole numbers grouped, dates as each language writes them. */
const FORMATS = { integer: '#,##0', date: { vi: 'dd/mm/yyyy', en: 'd mmm yyyy' } } as const;

const HEADER_STYLE = { fontWeight: 'bold', backgroundColor: '#E8EEF4', bottomBorderStyle: 'thin', bottomBorderColor: '#8D99A6', wrap: true, alignVertical: 'top' } as const;

/** A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(title: string): string {
  const clean = title.replace(/[:\\/?*[\]]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (clean.length <= 31) return clean || 'Sheet1';
  const cut = clean.slice(0, 30);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 20)).trimEnd()}…`;
}

/** One typed cell as write-excel-file takes it. */
function cellOf(cell: SheetCell, lang: Lang): Cell {
  if (cell === null) return null;
  switch (cell.type) {
    case 'text': return { type: String, value: cell.value, ...(cell.wrap ? { wrap: true } : {}), alignVertical: 'top' };
    case 'integer': return { type: Number, value: cell.value, format: FORMATS.integer, alignVertical: 'top' };
    case 'number': return { type: Number, value: cell.value, alignVertical: 'top' };
    case 'date': return { type: Date, value: cell.value, format: FORMATS.date[lang], alignVertical: 'top' };
    case 'boolean': return { type: Boolean, value: cell.value, alignVertical: 'top' };
  }
}

/**
 * An autofilter on the header row over every column and row (write-excel-file leaves such extras
 * to "features": this one adds `<autoFilter>` where the sheet's element order wants it, and the
 * hidden name Excel keeps for a filtered range).
 */
export function autoFilter(headerRow: number, columns: number, lastRow: number, sheet: string): Feature<Blob> {
  const ref = `${getCellAddress(headerRow, 0)}:${getCellAddress(lastRow, Math.max(columns - 1, 0))}`;
  const absolute = ref.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  const sheetXml = 'xl/worksheets/sheet{id}.xml';
  return {
    files: {
      transform: {
        [sheetXml]: {
          transform: (xml: string) => insertElementMarkupAccordingToOrderOfSiblings(
            xml, getSelfClosingTagMarkup('autoFilter', { ref }), getOrderOfSiblings(sheetXml, 'worksheet') ?? [], 'worksheet'),
        },
        'xl/workbook.xml': {
          transform: (xml: string) => {
            const name = `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">${sanitizeTextContent(`'${sheet.replace(/'/g, "''")}'!${absolute}`)}</definedName>`;
            const names = findElement(xml, 'definedNames');
            if (!names) return insertElementMarkupAccordingToOrderOfSiblings(xml, `<definedNames>${name}</definedNames>`, getOrderOfSiblings('xl/workbook.xml', 'workbook') ?? [], 'workbook');
            return names.selfClosingTag ? replaceElement(xml, names, `<definedNames>${name}</definedNames>`) : appendMarkupInsideElement(xml, names, name);
          },
        },
      },
    },
  };
}

/** The workbook of one sheet: the note (if any) on the first row, then the header, frozen and filtered, then the rows. */
export async function xlsxBlob(plan: SheetPlan, title: string, lang: Lang): Promise<Blob> {
  const sheet = sheetName(title);
  const header: Cell[] = plan.header.map((h) => ({ type: String, value: h, ...HEADER_STYLE }));
  const data: SheetData = [
    ...(plan.note ? [[{ type: String, value: plan.note, fontStyle: 'italic' } as Cell]] : []),
    header,
    ...plan.rows.map((row) => row.map((c) => cellOf(c, lang))),
  ];
  const headerRow = plan.note ? 1 : 0;
  return writeXlsxFile(data, {
    sheet,
    columns: plan.widths.map((width) => ({ width })),
    stickyRowsCount: headerRow + 1,
  }, { features: [autoFilter(headerRow, plan.header.length, headerRow + plan.rows.length, sheet)] }).toBlob();
}
