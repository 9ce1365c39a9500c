/**
 * Filtering and sorting of a collection index (the table works without it). A collection longer
 * than one page is filtered and sorted whole: its rows are fetched (rows.json) on the first
 * filter or sort, and the matches are shown in place of the page, a few hundred at a time.
 */
import type { IndexRow } from '../lib/view/collection-index.ts';
import { rowSearchText } from '../lib/view/row-search-text.ts';

/** A column to sort by: title, kind, date, or a further column by its position (detail0, detail1 …). */
type SortKey = 'title' | 'kind' | 'date' | `detail${number}`;
/** Rows shown at once; "Show more" adds as many. */
const SHOWN_AT_ONCE = 200;

interface Row {
  keys: Record<string, string> & Record<'title' | 'kind' | 'date', string>;
  text: string;
  /** The row's element: the page's own, or made from a template for a fetched row. */
  element: () => HTMLTableRowElement;
}

function pageRow(tr: HTMLTableRowElement): Row {
  const { title = '', kind = '', date = '', text = '', ...rest } = tr.dataset;
  const details = Object.fromEntries(
    Object.entries(rest)
      .filter(([key]) => key.startsWith('detail'))
      .map(([key, value]) => [key, value ?? '']),
  );
  return { keys: { ...details, title, kind, date }, text, element: () => tr };
}

/** A fetched row, drawn by filling in a copy of one of the page's rows (which carries its styling). */
function fetchedRow(data: IndexRow, template: HTMLTableRowElement): Row {
  let tr: HTMLTableRowElement | undefined;
  return {
    keys: {
      ...Object.fromEntries(data.details.map((detail, index) => [`detail${index}`, detail.sortKey])),
      title: data.title.toLowerCase(),
      kind: data.kind ?? '',
      date: data.dateKey,
    },
    text: rowSearchText(data),
    element: () => {
      if (tr) return tr;
      tr = template.cloneNode(true) as HTMLTableRowElement;
      const link = tr.querySelector('a')!;
      link.href = data.href;
      link.textContent = data.title;
      tr.querySelector('.summary')!.textContent = data.summary;
      const kind = tr.querySelector('.kind');
      if (kind) kind.textContent = data.kindLabel ?? '';
      tr.querySelectorAll('.detail').forEach((cell, index) => (cell.textContent = data.details[index]?.text ?? ''));
      const date = tr.querySelector('.date');
      if (date) date.textContent = data.dateLabel ?? '';
      return tr;
    },
  };
}

export function enhanceCollectionTable(root: HTMLElement): void {
  const body = root.querySelector('tbody')!;
  const pageRows = [...body.querySelectorAll<HTMLTableRowElement>('tr')];
  const textInput = root.querySelector<HTMLInputElement>('[data-filter-text]');
  const kindSelect = root.querySelector<HTMLSelectElement>('[data-filter-kind]');
  const count = root.querySelector<HTMLElement>('[data-count]')!;
  const empty = root.querySelector<HTMLElement>('[data-empty]')!;
  const more = root.querySelector<HTMLElement>('[data-more]')!;
  const pagers = root.querySelectorAll<HTMLElement>('[data-pager]');
  const { noun = '', total = '0', allRows } = root.dataset;

  let rows: Row[] = pageRows.map(pageRow);
  let loading: Promise<void> | undefined;
  /** A long collection: fetch all its rows once, then act on them instead of the page's. */
  const loadAll = () => {
    loading ??= allRows
      ? fetch(allRows)
          .then((response) => (response.ok ? (response.json() as Promise<IndexRow[]>) : Promise.reject(new Error(response.statusText))))
          .then((all) => {
            rows = all.map((data) => fetchedRow(data, pageRows[0]!));
            pagers.forEach((pager) => (pager.hidden = true));
          })
          .catch(() => {
            count.textContent = `Could not load all ${total} ${noun}: filtering this page only.`;
          })
      : Promise.resolve();
    return loading;
  };

  let matches: Row[] = rows;
  let shown = SHOWN_AT_ONCE;
  const render = () => {
    body.replaceChildren(...matches.slice(0, shown).map((row) => row.element()));
    count.textContent = `${matches.length} of ${rows.length} ${noun}${matches.length > shown ? ` (first ${shown} shown)` : ''}`;
    empty.hidden = matches.length > 0;
    more.hidden = matches.length <= shown;
  };

  const applyFilter = async () => {
    await loadAll();
    const words = (textInput?.value ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const kind = kindSelect?.value ?? '';
    matches = rows.filter((row) => (!kind || row.keys.kind === kind) && words.every((word) => row.text.includes(word)));
    shown = SHOWN_AT_ONCE;
    render();
  };

  const sortBy = async (key: SortKey, header: HTMLElement) => {
    await loadAll();
    const descending = header.getAttribute('aria-sort') === 'ascending';
    root.querySelectorAll('th').forEach((th) => th.removeAttribute('aria-sort'));
    header.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
    const compare = (a: Row, b: Row) =>
      (a.keys[key] ?? '').localeCompare(b.keys[key] ?? '') * (descending ? -1 : 1) || a.keys.title.localeCompare(b.keys.title);
    rows.sort(compare);
    await applyFilter();
  };

  textInput?.addEventListener('input', () => void applyFilter());
  kindSelect?.addEventListener('change', () => void applyFilter());
  more.querySelector('button')!.addEventListener('click', () => {
    shown += SHOWN_AT_ONCE;
    render();
  });
  root.querySelectorAll<HTMLButtonElement>('[data-sort]').forEach((button) => {
    button.addEventListener('click', () => void sortBy(button.dataset.sort as SortKey, button.closest('th')!));
  });
}
