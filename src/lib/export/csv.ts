/** CSV as RFC 4180 writes it: CRLF line ends, fields quoted when they hold a comma, quote or line break. */
export type CsvValue = string | number | boolean | undefined;

export function csvField(value: CsvValue): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
