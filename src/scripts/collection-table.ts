/** Filtering and sorting of a collection index table, in place (the table works without it). */
type SortKey = 'title' | 'kind' | 'date';

export function enhanceCollectionTable(root: HTMLElement): void {
  const body = root.querySelector('tbody')!;
  const rows = [...body.querySelectorAll<HTMLTableRowElement>('tr')];
  const textInput = root.querySelector<HTMLInputElement>('[data-filter-text]');
  const kindSelect = root.querySelector<HTMLSelectElement>('[data-filter-kind]');
  const count = root.querySelector<HTMLElement>('[data-count]')!;
  const empty = root.querySelector<HTMLElement>('[data-empty]')!;
  const noun = count.textContent?.replace(/^\d+\s*/, '') ?? '';

  const applyFilter = () => {
    const words = (textInput?.value ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const kind = kindSelect?.value ?? '';
    let shown = 0;
    for (const row of rows) {
      const visible = (!kind || row.dataset.kind === kind) && words.every((word) => row.dataset.text!.includes(word));
      row.hidden = !visible;
      if (visible) shown++;
    }
    count.textContent = `${shown} of ${rows.length} ${noun}`;
    empty.hidden = shown > 0;
  };

  const sortBy = (key: SortKey, header: HTMLElement) => {
    const descending = header.getAttribute('aria-sort') === 'ascending';
    root.querySelectorAll('th').forEach((th) => th.removeAttribute('aria-sort'));
    header.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
    const value = (row: HTMLTableRowElement) => row.dataset[key] ?? '';
    rows
      .sort((a, b) => value(a).localeCompare(value(b)) * (descending ? -1 : 1) || value(a).localeCompare(value(b)))
      .forEach((row) => body.append(row));
  };

  textInput?.addEventListener('input', applyFilter);
  kindSelect?.addEventListener('change', applyFilter);
  root.querySelectorAll<HTMLButtonElement>('[data-sort]').forEach((button) => {
    button.addEventListener('click', () => sortBy(button.dataset.sort as SortKey, button.closest('th')!));
  });
}
