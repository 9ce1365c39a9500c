/**
 * CSV as RFC 4180 writes it: CRLF line ends, fields quoted when they hold a comma, quote or line break.
 * Text that a spreadsheet would read as a formula is neutralised, as OWASP advises.
 */
export type CsvValue = string | number | boolean | undefined;

/** Spreadsheets run a cell starting with these as a formula (`=HYPERLINK(…)`), after a tab or CR too. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: CsvValue): string {
  const raw = value === undefined ? '' : String(value);
  // A leading apostrophe makes the cell text; numbers are written as numbers (a negative one is no formula).
  const text = typeof value === 'string' && FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
