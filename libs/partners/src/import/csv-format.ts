import { errorText, unguardFormula } from '@app/common';
import { parse } from 'csv-parse/sync';
import { PartnersError } from '../partners.errors';

/**
 * The CSV header set for organisations with their contacts, one row per contact (organisation
 * columns repeated; an organisation without contacts is one row with empty contact columns).
 * Imports accept the headers in any order and any letter case (spaces or hyphens count as
 * underscores); exports write exactly this list, in this order. See docs/partners-csv.md.
 */
export const CSV_COLUMNS = [
  'organisation_name',
  'organisation_type',
  'focus_areas',
  'neighbourhoods',
  'website',
  'organisation_phone',
  'notes',
  'organisation_status',
  'contact_name',
  'contact_email',
  'contact_phone',
  'contact_role',
  'contact_language',
  'contact_opted_out',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Without these the file cannot say what it imports. The others may be left out: then the field is kept as it is. */
export const REQUIRED_COLUMNS: CsvColumn[] = ['organisation_name', 'organisation_type', 'contact_name', 'contact_email'];

/** Lists in one cell (focus areas, neighbourhoods) are separated by semicolons. */
export const LIST_SEPARATOR = ';';

/** The largest file accepted (about 50,000 typical rows). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export interface CsvRow {
  /** Spreadsheet row number: the header is row 1. */
  row: number;
  cells: Partial<Record<CsvColumn, string>>;
}

export interface ParsedCsv {
  columns: CsvColumn[];
  rows: CsvRow[];
}

/** Bytes to text: must be UTF-8 (a leading byte-order mark is fine). */
export function decodeCsv(bytes: Buffer): string {
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw PartnersError.invalidFile(errorText('The file is {length} bytes; the limit is {limit} bytes', { length: bytes.length, limit: MAX_IMPORT_BYTES }));
  }
  try {
    // `fatal` refuses invalid sequences instead of replacing them; the BOM is stripped.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, offset).filter((b) => b === 0x0a).length + 1;
    throw PartnersError.invalidFile(
      errorText('The file is not valid UTF-8 text (first bad byte on line {line}, byte offset {offset}); save it from your spreadsheet as "CSV UTF-8" and upload it again', { line, offset }),
      { encoding: 'UTF-8 required', line },
    );
  }
}

/** Text to rows, checking the header. Problems with the whole file are thrown; row problems are left to validation. */
export function parseCsv(text: string): ParsedCsv {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (err) {
    throw PartnersError.invalidFile(errorText('The file is not readable CSV: {message}', { message: (err as Error).message }));
  }
  const [header, ...body] = records;
  if (!header || header.every((h) => !h.trim())) throw PartnersError.invalidFile(errorText('The file is empty: the first row must name the columns'));
  const columns = checkHeader(header);
  const rows: CsvRow[] = [];
  body.forEach((record, index) => {
    if (record.every((cell) => !cell.trim())) return; // blank spreadsheet lines
    const cells: Partial<Record<CsvColumn, string>> = {};
    columns.forEach((column, i) => (cells[column] = unguardFormula(record[i] ?? '')));
    rows.push({ row: index + 2, cells });
    if (record.length > columns.length && record.slice(columns.length).some((c) => c.trim())) {
      // Kept as a row-level problem by validation (see EXTRA_CELLS).
      (cells as Record<string, string>)[EXTRA_CELLS] = String(record.length);
    }
  });
  return { columns, rows };
}

/** Only the header row, for a quick answer at upload time (the worker reads every row). */
export function checkCsvHeader(text: string): CsvColumn[] {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, to: 1 }) as string[][];
  } catch (err) {
    throw PartnersError.invalidFile(errorText('The file is not readable CSV: {message}', { message: (err as Error).message }));
  }
  const [header] = records;
  if (!header || header.every((h) => !h.trim())) throw PartnersError.invalidFile(errorText('The file is empty: the first row must name the columns'));
  return checkHeader(header);
}

/** Marker for a row with more non-empty cells than the header has columns. */
export const EXTRA_CELLS = '__extra_cells';

function headerKey(raw: string): string {
  return raw.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

function checkHeader(header: string[]): CsvColumn[] {
  const known = new Set<string>(CSV_COLUMNS);
  const keys = header.map(headerKey);
  const unknown = header.filter((_, i) => !known.has(keys[i]));
  const duplicated = [...new Set(keys.filter((k, i) => known.has(k) && keys.indexOf(k) !== i))];
  const missing = REQUIRED_COLUMNS.filter((c) => !keys.includes(c));
  if (unknown.length || duplicated.length || missing.length) {
    const parts = [
      missing.length ? `missing required column(s): ${missing.join(', ')}` : '',
      unknown.length ? `unknown column(s): ${unknown.map((u) => JSON.stringify(u)).join(', ')}` : '',
      duplicated.length ? `repeated column(s): ${duplicated.join(', ')}` : '',
    ].filter(Boolean);
    throw PartnersError.invalidFile(errorText('The header row is wrong: {parts}. Expected columns: {columns}', { parts: parts.join('; '), columns: CSV_COLUMNS.join(', ') }), {
      missingColumns: missing,
      unknownColumns: unknown,
      repeatedColumns: duplicated,
    });
  }
  return keys as CsvColumn[];
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return i;
}

export function splitList(cell: string | undefined): string[] {
  return (cell ?? '').split(LIST_SEPARATOR).map((s) => s.trim()).filter(Boolean);
}
