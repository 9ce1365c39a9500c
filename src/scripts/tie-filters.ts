/**
 * The as-of, place and actor controls: hide the ties (graph edges and table rows, marked
 * `data-tie`) not active on the chosen day, not shown under the chosen place or not of the chosen
 * actor, and fade actors left with no tie. Uses the same dating rule as the build (`intervalContains`).
 */
import { formatPartialDate, intervalContains } from '../lib/dates.ts';

const monthStart = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}-01`;

/** First days of every month from the month of `min` to the month of `max`. */
function monthsBetween(min: string, max: string): string[] {
  const months: string[] = [];
  let [year, month] = min.split('-').map(Number) as [number, number];
  const last = max.slice(0, 7);
  while (monthStart(year, month).slice(0, 7) <= last) {
    months.push(monthStart(year, month));
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

export function enhanceTieFilters(form: HTMLFormElement): void {
  const asOf = form.querySelector<HTMLInputElement>('[data-asof]')!;
  const slider = form.querySelector<HTMLInputElement>('[data-months]')!;
  const place = form.querySelector<HTMLSelectElement>('[data-place]')!;
  const focus = form.querySelector<HTMLSelectElement>('[data-actor-focus]')!;
  const status = form.querySelector<HTMLElement>('[data-status]')!;
  const items = [...document.querySelectorAll<HTMLElement | SVGElement>('[data-tie]')];
  const nodes = [...document.querySelectorAll<SVGElement>('[data-actor]')];
  const months = monthsBetween(slider.dataset.min!, slider.dataset.max!);
  const total = new Set(items.map((item) => item.dataset.tie)).size;
  slider.max = String(months.length - 1);

  const isShown = (item: HTMLElement | SVGElement, day: string, where: string, actor: string) => {
    const { first, last, places = '', organizationWide, actors = '' } = item.dataset;
    const inTime = !day || intervalContains({ ...(first ? { first } : {}), ...(last ? { last } : {}) }, day);
    const inPlace = !where || (where === 'organization-wide' ? organizationWide === 'true' : places.split(' ').includes(where));
    return inTime && inPlace && (!actor || actors.split(' ').includes(actor));
  };

  const apply = () => {
    const day = asOf.value;
    const where = place.value;
    const actor = focus.value;
    const shown = new Set<string>();
    const activeActors = new Set<string>();
    for (const item of items) {
      const visible = isShown(item, day, where, actor);
      if (item instanceof HTMLElement) item.hidden = !visible;
      else item.toggleAttribute('data-out', !visible);
      if (!visible) continue;
      shown.add(item.dataset.tie!);
      if (item.dataset.from) activeActors.add(item.dataset.from).add(item.dataset.to!);
    }
    slider.setAttribute('aria-valuetext', day ? formatPartialDate(day, 'long') : 'all dates');
    for (const node of nodes) node.toggleAttribute('data-inactive', !activeActors.has(node.dataset.actor!));
    const placeLabel = where ? place.selectedOptions[0]!.textContent!.trim() : '';
    status.textContent = [
      `${shown.size} of ${total} ties shown`,
      day ? `as of ${formatPartialDate(day, 'long')}` : 'at any date',
      where === 'organization-wide' ? 'organization-wide only' : where ? `in ${placeLabel}` : 'everywhere',
      ...(actor ? [`ties of ${focus.selectedOptions[0]!.textContent!.trim()}`] : []),
    ].join(', ');
    const url = new URL(location.href);
    for (const [name, value] of [['asof', day], ['place', where], ['actor', actor]] as const) {
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    }
    history.replaceState(null, '', url);
  };

  const syncSlider = () => {
    const index = months.findLastIndex((month) => month <= asOf.value);
    slider.value = String(Math.max(0, index));
  };

  asOf.addEventListener('change', () => { syncSlider(); apply(); });
  slider.addEventListener('input', () => { asOf.value = months[Number(slider.value)]!; apply(); });
  form.querySelector('[data-all-dates]')!.addEventListener('click', () => { asOf.value = ''; apply(); });
  place.addEventListener('change', apply);
  focus.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());

  const params = new URLSearchParams(location.search);
  asOf.value = /^\d{4}-\d{2}-\d{2}$/.test(params.get('asof') ?? '') ? params.get('asof')! : '';
  for (const select of [place, focus]) {
    if ([...select.options].some((option) => option.value === params.get(select.name))) select.value = params.get(select.name)!;
  }
  syncSlider();
  form.hidden = false;
  apply();
}
