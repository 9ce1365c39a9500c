/**
 * The as-of, undated, place and actor controls: hide the ties (graph edges and table rows, marked
 * `data-tie`) the reader's choice leaves out, leave out the actors outside the chosen place or
 * actor and fit the graph to the rest, and fade actors left with no tie on the chosen day. What
 * counts is decided in the core (`tie-choice.ts`), with the build's dating rule.
 */
import { formatPartialDate } from '../lib/dates.ts';
import { fitViewBox } from '../lib/analysis/graph-viewport.ts';
import {
  isInFrame,
  isTieShown,
  monthsBetween,
  tieChoiceFromParams,
  tieChoiceParams,
  type TieChoice,
  type TieKeys,
} from '../lib/analysis/tie-choice.ts';
import { frameGraph } from './graph-zoom.ts';

/** Room around a fitted group of actors, and the narrowest fitted view (drawing units), so two actors are not blown up. */
const FIT_PADDING = 16;
const FIT_MIN_WIDTH = 560;

const keysOf = ({ dataset }: HTMLElement | SVGElement): TieKeys => ({
  first: dataset.first ?? '',
  last: dataset.last ?? '',
  places: (dataset.places ?? '').split(' ').filter(Boolean),
  organizationWide: dataset.organizationWide === 'true',
  actors: (dataset.actors ?? '').split(' ').filter(Boolean),
});

export function enhanceTieFilters(form: HTMLFormElement): void {
  const asOf = form.querySelector<HTMLInputElement>('[data-asof]')!;
  const slider = form.querySelector<HTMLInputElement>('[data-months]')!;
  const undated = form.querySelector<HTMLInputElement>('[data-undated]')!;
  const place = form.querySelector<HTMLSelectElement>('[data-place]')!;
  const focus = form.querySelector<HTMLSelectElement>('[data-actor-focus]')!;
  const status = form.querySelector<HTMLElement>('[data-status]')!;
  const items = [...document.querySelectorAll<HTMLElement | SVGElement>('[data-tie]')].map((element) => ({
    element,
    keys: keysOf(element),
  }));
  const nodes = [...document.querySelectorAll<SVGElement>('[data-actor]')];
  const svg = document.querySelector<SVGSVGElement>('[data-graph] svg');
  const months = monthsBetween(slider.dataset.min!, slider.dataset.max!);
  const total = new Set(items.map(({ element }) => element.dataset.tie)).size;
  let framed = '';

  const choice = (): TieChoice => ({
    asOf: asOf.value,
    undated: undated.checked ? 'include' : 'exclude',
    place: place.value,
    actor: focus.value,
  });

  /** Fits the graph to the actors the place and actor choice keeps, whatever the date, so moving through time does not move the view. */
  const fit = (inFrame: ReadonlySet<string>, { place: where, actor }: TieChoice) => {
    if (!svg || framed === `${where} ${actor}`) return;
    framed = `${where} ${actor}`;
    const [, , width, height] = svg.dataset.full!.split(' ').map(Number) as [number, number, number, number];
    const shown = nodes
      .filter((node) => inFrame.has(node.dataset.actor!))
      .map(({ dataset }) => ({
        x: Number(dataset.x),
        y: Number(dataset.y),
        radius: Number(dataset.r),
        labelWidth: Number(dataset.labelWidth),
      }));
    const home =
      where || actor
        ? fitViewBox(shown, { aspect: width / height, padding: FIT_PADDING, minWidth: Math.min(width, FIT_MIN_WIDTH) })
        : undefined;
    frameGraph(svg, home ?? { x: 0, y: 0, width, height });
  };

  const apply = () => {
    const chosen = choice();
    const shown = new Set<string>();
    const inFrame = new Set<string>();
    const active = new Set<string>();
    for (const { element, keys } of items) {
      const visible = isTieShown(keys, chosen);
      if (element instanceof HTMLElement) element.hidden = !visible;
      else element.toggleAttribute('data-out', !visible);
      if (isInFrame(keys, chosen)) keys.actors.forEach((actor) => inFrame.add(actor));
      if (!visible) continue;
      shown.add(element.dataset.tie!);
      keys.actors.forEach((actor) => active.add(actor));
    }
    for (const node of nodes) {
      node.toggleAttribute('data-out', !inFrame.has(node.dataset.actor!));
      node.toggleAttribute('data-inactive', !active.has(node.dataset.actor!));
    }
    fit(inFrame, chosen);
    slider.setAttribute('aria-valuetext', chosen.asOf ? formatPartialDate(chosen.asOf, 'long') : 'all dates');
    const placeLabel = chosen.place ? place.selectedOptions[0]!.textContent.trim() : '';
    status.textContent = [
      `${shown.size} of ${total} ties shown`,
      chosen.asOf ? `as of ${formatPartialDate(chosen.asOf, 'long')}` : 'at any date',
      ...(chosen.asOf && chosen.undated === 'exclude' ? ['ties with no start date left out'] : []),
      chosen.place === 'organization-wide' ? 'organization-wide only' : chosen.place ? `in ${placeLabel}` : 'everywhere',
      ...(chosen.actor ? [`ties of ${focus.selectedOptions[0]!.textContent.trim()}`] : []),
    ].join(', ');
    const url = new URL(location.href);
    for (const [name, value] of tieChoiceParams(chosen)) {
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    }
    history.replaceState(null, '', url);
  };

  const syncSlider = () => {
    const index = months.findLastIndex((month) => month <= asOf.value);
    slider.value = String(Math.max(0, index));
  };

  asOf.addEventListener('change', () => {
    syncSlider();
    apply();
  });
  slider.addEventListener('input', () => {
    asOf.value = months[Number(slider.value)]!;
    apply();
  });
  form.querySelector('[data-all-dates]')!.addEventListener('click', () => {
    asOf.value = '';
    apply();
  });
  for (const control of [undated, place, focus]) control.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());

  const optionValues = (select: HTMLSelectElement) => new Set([...select.options].map((option) => option.value).filter(Boolean));
  const initial = tieChoiceFromParams(new URLSearchParams(location.search), { places: optionValues(place), actors: optionValues(focus) });
  asOf.value = initial.asOf;
  undated.checked = initial.undated === 'include';
  place.value = initial.place;
  focus.value = initial.actor;
  slider.max = String(months.length - 1);
  syncSlider();
  form.hidden = false;
  apply();
}
