/**
 * What a collection index's filter box matches a row by: title, aliases, summary and tags,
 * lowercased. Worked out from the row, by the page and by the browser, so the rows sent to the
 * browser (rows.json) carry no copy of it. No imports: the browser's script bundles this file.
 */
export function rowSearchText(row: { title: string; summary: string; keywords: string }): string {
  return `${row.title} ${row.keywords} ${row.summary}`.toLowerCase();
}
