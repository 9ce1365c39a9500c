/**
 * Filters the timeline's events by actor, place and kind (data attributes on each row, computed
 * at build time), and keeps the choice in the URL (?actor=&place=&kind=) so it can be shared.
 */
const ROW_KEYS: Record<string, (row: HTMLElement) => string[]> = {
  actor: (row) => (row.dataset.actors ?? '').split(' '),
  place: (row) => (row.dataset.places ?? '').split(' '),
  kind: (row) => [row.dataset.kind ?? ''],
};

export function enhanceTimelineFilters(form: HTMLFormElement): void {
  const selects = [...form.querySelectorAll<HTMLSelectElement>('[data-filter]')];
  const rows = [...document.querySelectorAll<HTMLElement>('[data-timeline-events] > li')];
  const status = form.querySelector<HTMLElement>('[data-status]')!;

  const apply = () => {
    const chosen = selects.filter((select) => select.value);
    let shown = 0;
    for (const row of rows) {
      row.hidden = !chosen.every((select) => ROW_KEYS[select.dataset.filter!]!(row).includes(select.value));
      if (!row.hidden) shown++;
    }
    status.textContent = `${shown} of ${rows.length} events shown`;
    const url = new URL(location.href);
    for (const select of selects) {
      if (select.value) url.searchParams.set(select.name, select.value);
      else url.searchParams.delete(select.name);
    }
    history.replaceState(null, '', url);
  };

  const params = new URLSearchParams(location.search);
  for (const select of selects) {
    const wanted = params.get(select.name);
    if ([...select.options].some((option) => option.value === wanted)) select.value = wanted!;
    select.addEventListener('change', apply);
  }
  // "Show all" resets the selects; apply once they are reset.
  form.addEventListener('reset', () => setTimeout(apply));
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
  apply();
}
