/**
 * The filter panel: one group of checkboxes per facet, each value with the number of results
 * it would leave. Values with no results are left out unless chosen; long lists show the most
 * frequent values first and the rest behind a "Show all" button. A facet kept apart from the
 * facet table (too large to fetch with every first search) is a button that loads it.
 */
import { FACET_LABELS, FACET_VALUE_NOUNS, FACETS, type FacetName } from '../lib/search/facet-names.ts';
import type { FacetCounts } from '../lib/search/facet-table.ts';
import type { SearchState } from '../lib/search/url-state.ts';

const SHOWN_VALUES = 8;
const expanded = new Set<FacetName>();

function sortValues(facet: FacetName, counts: Record<string, number>, chosen: readonly string[]): string[] {
  const values = [...new Set([...chosen, ...Object.keys(counts)])];
  const count = (value: string) => counts[value] ?? 0;
  const byYear = (a: string, b: string) => Number(b) - Number(a);
  const byCount = (a: string, b: string) => count(b) - count(a) || a.localeCompare(b, 'en');
  return values.sort(
    (a, b) => Number(chosen.includes(b)) - Number(chosen.includes(a)) || (facet === 'year' ? byYear(a, b) : byCount(a, b)),
  );
}

function checkbox(facet: FacetName, value: string, count: number, checked: boolean): HTMLLIElement {
  const item = document.createElement('li');
  const label = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.name = facet;
  box.value = value;
  box.checked = checked;
  const countText = document.createElement('span');
  countText.className = 'facet-count';
  countText.textContent = String(count);
  label.append(box, ` ${value} `, countText);
  item.append(label);
  return item;
}

function facetGroup(facet: FacetName, counts: Record<string, number>, chosen: readonly string[]): HTMLFieldSetElement | undefined {
  const values = sortValues(facet, counts, chosen);
  if (!values.length) return undefined;
  const group = document.createElement('fieldset');
  const legend = document.createElement('legend');
  legend.textContent = FACET_LABELS[facet];
  const list = document.createElement('ul');
  const visible = expanded.has(facet) ? values : values.slice(0, Math.max(SHOWN_VALUES, chosen.length));
  list.append(...visible.map((value) => checkbox(facet, value, counts[value] ?? 0, chosen.includes(value))));
  group.append(legend, list);
  if (values.length > visible.length || expanded.has(facet)) {
    const toggle = document.createElement('button');
    toggle.type = 'button';
    toggle.className = 'facet-toggle';
    toggle.setAttribute('aria-expanded', String(expanded.has(facet)));
    toggle.textContent = expanded.has(facet) ? 'Show fewer' : `Show all ${values.length}`;
    toggle.addEventListener('click', () => {
      if (expanded.has(facet)) expanded.delete(facet);
      else expanded.add(facet);
      group.replaceWith(facetGroup(facet, counts, chosen) ?? group);
      document.querySelector<HTMLButtonElement>(`[data-facet="${facet}"] .facet-toggle`)?.focus();
    });
    group.append(toggle);
  }
  group.dataset.facet = facet;
  return group;
}

/** The label of the button that loads a facet kept apart: "Show 2,000 actors". */
function loadLabel(facet: FacetName, valueCount: number): string {
  return `Show ${valueCount.toLocaleString('en')} ${FACET_VALUE_NOUNS[facet]}`;
}

/** The group of a facet not loaded yet: its button fetches it (search-page.ts) and shows its values in its place. */
function apartGroup(facet: FacetName, valueCount: number): HTMLFieldSetElement {
  const group = document.createElement('fieldset');
  const legend = document.createElement('legend');
  legend.textContent = FACET_LABELS[facet];
  const load = document.createElement('button');
  load.type = 'button';
  load.className = 'facet-toggle';
  load.dataset.loadFacet = facet;
  load.textContent = loadLabel(facet, valueCount);
  group.append(legend, load);
  group.dataset.facet = facet;
  return group;
}

/** Re-renders the panel, keeping keyboard focus on the checkbox that had it; `apart` are the facets not loaded yet. */
export function renderFacets(
  panel: HTMLElement,
  counts: FacetCounts,
  state: SearchState,
  apart: Partial<Record<FacetName, number>> = {},
): void {
  const focused =
    document.activeElement instanceof HTMLInputElement && panel.contains(document.activeElement)
      ? { name: document.activeElement.name, value: document.activeElement.value }
      : undefined;
  const groups = FACETS.flatMap((facet) => {
    const valueCount = apart[facet];
    return valueCount === undefined ? (facetGroup(facet, counts[facet], state.filters[facet] ?? []) ?? []) : apartGroup(facet, valueCount);
  });
  const clear = document.createElement('button');
  clear.type = 'button';
  clear.dataset.clearFilters = '';
  clear.textContent = 'Clear filters';
  clear.hidden = Object.keys(state.filters).length === 0;
  panel.replaceChildren(...groups, clear);
  if (focused) {
    const boxes = panel.querySelectorAll<HTMLInputElement>(`input[name="${focused.name}"]`);
    [...boxes].find((box) => box.value === focused.value)?.focus();
  }
}
