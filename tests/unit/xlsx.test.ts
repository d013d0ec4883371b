/**
 * Excel workbooks for the cards and the action plan (issue 16, part 2): written with text cells
 * as text, read back into the same map, and read as Excel users fill them in.
 */
import { strFromU8, unzipSync } from 'fflate';
import writeXlsxFile from 'write-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { applyActionPlanRows } from '../../src/export/actionPlanCsv';
import { mapToRows } from '../../src/export/csv';
import { importFile } from '../../src/export/importFile';
import { readSheetFile } from '../../src/export/readSheetFile';
import { readWorkbookRows } from '../../src/export/xlsxRead';
import { exportActionPlanXlsx, exportMapXlsx, XLSX_TYPE } from '../../src/export/xlsxWrite';
import type { JourneyMap } from '../../src/domain/schema';
import { richMap } from '../builders';

const now = new Date('2025-03-01T10:00:00Z');
const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

/** The first sheet's XML and the shared strings of a workbook. */
function sheetXml(bytes: Uint8Array): { sheet: string; strings: string; styles: string } {
  const files = unzipSync(bytes);
  const text = (name: string) => (files[name] ? strFromU8(files[name]) : '');
  return {
    sheet: text('xl/worksheets/sheet1.xml'),
    strings: text('xl/sharedStrings.xml'),
    styles: text('xl/styles.xml'),
  };
}

function phoneMap(): JourneyMap {
  const map = richMap();
  map.cards[0]!.title = '0800 123456';
  map.cards[1]!.title = '50%';
  map.cards[2]!.title = '=SUM(A1:A2)';
  map.cards[3]!.description = '1-2';
  return map;
}

describe('cards as an Excel workbook', () => {
  it('writes a workbook named after the map, with a Cards sheet', async () => {
    const { filename, blob } = await exportMapXlsx(richMap());
    expect(filename).toBe('repairs-reporting-a-leak.xlsx');
    const bytes = await bytesOf(blob);
    expect(String.fromCharCode(...bytes.subarray(0, 2))).toBe('PK');
    const files = unzipSync(bytes);
    expect(strFromU8(files['xl/workbook.xml']!)).toContain('name="Cards"');
    expect(XLSX_TYPE).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it('writes text cells as text, so 0800 123456 and 50% survive a re-save', async () => {
    const { blob } = await exportMapXlsx(phoneMap());
    const { sheet, strings, styles } = sheetXml(await bytesOf(blob));
    // The phone number and the share are text in the workbook, not numbers…
    expect(strings).toContain('0800 123456');
    expect(strings).toContain('50%');
    expect(sheet).not.toMatch(/<v>800123456<\/v>|<v>0\.5<\/v>/);
    // …in cells formatted as Text ("@"), and no cell is a formula.
    expect(styles).toMatch(/formatCode="@"/);
    expect(sheet).not.toContain('<f>');
  });

  it('reads its own workbook back into the same cards', async () => {
    const map = phoneMap();
    const { blob } = await exportMapXlsx(map);
    const result = await importFile(new File([await bytesOf(blob)], 'repairs.xlsx'), { now });
    if (!result.ok) throw new Error(result.message);
    expect(result.format).toBe('xlsx');
    expect(result.problems).toEqual([]);
    // Every column of every card comes back exactly (the CSV columns: quotes stay in JSON).
    expect(mapToRows(result.map)).toEqual(mapToRows(map));
    expect(mapToRows(map).flat()).toEqual(expect.arrayContaining(['0800 123456', '50%', '1-2']));
  });

  it('reads a workbook typed in Excel: numbers, dates and text as the user entered them', async () => {
    const blob = await writeXlsxFile(
      [
        ['Phase', 'Lane', 'Kind', 'Title', 'Metric value', 'Metric date', 'Moment of truth'],
        [
          'Use',
          'Metrics',
          'metric',
          'Calls answered',
          72.5,
          new Date(Date.UTC(2024, 2, 31)),
          false,
        ],
        ['Use', 'Metrics', 'metric', '  spaced  ', 80, null, true],
        ['Use', 'Metrics', 'metric', 'Bad', 'seventy', null, null],
      ],
      { dateFormat: 'dd/mm/yyyy' },
    ).toBlob();
    const result = await importFile(new File([await bytesOf(blob)], 'typed.xlsx'), { now });
    if (!result.ok) throw new Error(result.message);
    expect(
      result.map.cards.map((card) => [card.title, card.kind === 'metric' && card.value]),
    ).toEqual([
      ['Calls answered', 72.5],
      ['  spaced  ', 80],
      ['Bad', null],
    ]);
    expect(result.map.cards[0]).toMatchObject({ date: '2024-03-31', momentOfTruth: null });
    expect(result.map.cards[1]).toMatchObject({ momentOfTruth: { reason: '' } });
    expect(result.problems).toEqual([
      {
        where: 'row 4, column "metric value"',
        message: 'expected a number; this cell was left out',
      },
    ]);
  });

  it('prefers the sheet named Cards, else the first sheet that holds anything', async () => {
    const blob = await writeXlsxFile([
      { sheet: 'Notes', data: [['just notes']] },
      {
        sheet: 'cards',
        data: [
          ['title', 'phase', 'lane'],
          ['From cards', 'P', 'L'],
        ],
      },
    ]).toBlob();
    const read = await readWorkbookRows(await bytesOf(blob), ['Cards']);
    expect(read).toMatchObject({ ok: true, name: 'cards' });
  });
});

describe('the action plan as an Excel workbook', () => {
  it('writes dates as dates and reads an edited plan back', async () => {
    const map = richMap();
    const recommendation = map.cards.find((card) => card.kind === 'recommendation')!;
    if (recommendation.kind !== 'recommendation') throw new Error('no recommendation');
    recommendation.owner = '0800 123456';
    recommendation.targetDate = '2025-06-30';
    const { filename, blob } = await exportActionPlanXlsx(map);
    expect(filename).toBe('repairs-reporting-a-leak-action-plan.xlsx');
    const bytes = await bytesOf(blob);
    const read = await readSheetFile(new File([bytes], filename), 'x', ['Action plan']);
    if (!read.ok) throw new Error(read.message);
    const header = read.sheet.rows[0]!;
    const row = read.sheet.rows[1]!;
    expect(row[header.indexOf('Target date')]).toBe('2025-06-30');
    expect(row[header.indexOf('Owner')]).toBe('0800 123456');
    // Unchanged, it changes nothing; edited, it updates the recommendation.
    expect(applyActionPlanRows(map, read.sheet)).toMatchObject({ ok: true, updated: 0 });
    row[header.indexOf('Status')] = 'Complete';
    row[header.indexOf('Completed date')] = '2025-05-01';
    const applied = applyActionPlanRows(map, read.sheet);
    expect(applied.ok && applied.map.cards.find((c) => c.id === recommendation.id)).toMatchObject({
      status: 'complete',
      completedDate: '2025-05-01',
      owner: '0800 123456',
      targetDate: '2025-06-30',
    });
  });
});
