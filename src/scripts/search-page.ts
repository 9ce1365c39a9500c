/**
 * The search page: reads the search from the URL, runs it through Pagefind with the query in
 * its search-key form, filters the results and counts their filter values from the facet table,
 * and renders them; every change is written back to the URL so the search can be bookmarked
 * and cited.
 */
import { searchKeys } from '../lib/search/normalize.ts';
import { hasFilters, stateFromParams, stateToParams, toggleFilter, type SearchState } from '../lib/search/url-state.ts';
import { FACETS, type FacetName } from '../lib/search/facet-names.ts';
import { facetCounts, facetTotals, withFilters, type FacetIndex } from '../lib/search/facet-table.ts';
import { renderFacets } from './search-facets.ts';
import { loadSearch, type Pagefind, type PagefindResult } from './search-pagefind.ts';
import { renderResult } from './search-result.ts';

const PAGE_SIZE = 10;

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const facetsBox = document.querySelector<HTMLElement>('[data-search-facets]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;

let state: SearchState = stateFromParams(new URLSearchParams(location.search));
let pagefind: Pagefind;
let facets: FacetIndex;
/** Every page, for a search by filters alone: asked of Pagefind once. */
let allPages: Promise<PagefindResult[]> | undefined;
let run = 0;
let shown: PagefindResult[] = [];
let pending: PagefindResult[] = [];
let highlightKeys: string[] = [];

/**
 * A quoted query is an exact phrase: Pagefind matches it as written. A single letter is not
 * searched: as a prefix it matches most of the index, slowly and uselessly.
 */
function pagefindQuery(query: string): string | null {
  if (/^\s*".+"\s*$/.test(query)) return query;
  const keys = searchKeys(query).join(' ');
  return keys.length >= 2 ? keys : null;
}

function everyPage(): Promise<PagefindResult[]> {
  allPages ??= pagefind.search(null).then((found) => found?.results ?? []);
  return allPages;
}

async function showMore(thisRun: number) {
  const batch = pending.slice(0, PAGE_SIZE);
  pending = pending.slice(PAGE_SIZE);
  const items = await Promise.all(batch.map(async (result) => renderResult(await result.data(), highlightKeys)));
  if (thisRun !== run) return;
  list.append(...items);
  shown = [...shown, ...batch];
  more.hidden = pending.length === 0;
}

async function search(options: { updateUrl: boolean }) {
  const thisRun = ++run;
  if (options.updateUrl) {
    const params = stateToParams(state).toString();
    history.replaceState(null, '', params ? `?${params}` : location.pathname);
  }
  // The text searched: the reader may type on while this search runs, and the status must name
  // the query these results are for.
  const typed = state.query;
  const query = pagefindQuery(typed);
  highlightKeys = searchKeys(typed.replace(/"/g, ''));
  if (query === null && !hasFilters(state)) {
    renderFacets(facetsBox, facetTotals(facets), state);
    list.replaceChildren();
    more.hidden = true;
    status.textContent = 'Type a name, a spelling or a word, or choose a filter.';
    return;
  }
  const found = query === null ? await everyPage() : (await pagefind.search(query))?.results;
  if (!found || thisRun !== run) return;
  const results = withFilters(facets, found, state.filters);
  pending = results;
  shown = [];
  list.replaceChildren();
  await showMore(thisRun);
  if (thisRun !== run) return;
  renderFacets(facetsBox, facetCounts(facets, results), state);
  const count = results.length;
  status.textContent = `${count === 0 ? 'No' : count} result${count === 1 ? '' : 's'}${typed ? ` for “${typed}”` : ''}.`;
}

/**
 * Search as the reader types, without a fixed delay: a keystroke starts a search at once
 * unless one is running; then only the latest text is searched when it ends. On a small index
 * every keystroke is answered; on a large one, searches for stale text never pile up.
 */
let typing: Promise<void> | undefined;
let typedSince = false;
function searchAsTyped(): void {
  if (typing) {
    typedSince = true;
    return;
  }
  typing = search({ updateUrl: true }).finally(() => {
    typing = undefined;
    if (typedSince) {
      typedSince = false;
      searchAsTyped();
    }
  });
}
input.addEventListener('input', () => {
  state = { ...state, query: input.value };
  searchAsTyped();
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  state = { ...state, query: input.value };
  search({ updateUrl: true });
});

facetsBox.addEventListener('change', (event) => {
  const box = event.target as HTMLInputElement;
  const facet = box.name as FacetName;
  if (!FACETS.includes(facet)) return;
  state = toggleFilter(state, facet, box.value, box.checked);
  search({ updateUrl: true });
});

facetsBox.addEventListener('click', (event) => {
  const clear = (event.target as HTMLElement).closest('[data-clear-filters]');
  if (!clear) return;
  state = { ...state, filters: {} };
  search({ updateUrl: true });
  input.focus();
});

more.addEventListener('click', async () => {
  const firstNew = shown.length;
  await showMore(run);
  list.children[firstNew]?.querySelector<HTMLAnchorElement>('a')?.focus();
});

/** Arrow keys move between the search field and the result links; Tab works as usual. */
function resultLinks(): HTMLAnchorElement[] {
  return [...list.querySelectorAll<HTMLAnchorElement>('a[data-result-link]')];
}
input.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown') return;
  const first = resultLinks()[0];
  if (first) {
    event.preventDefault();
    first.focus();
  }
});
list.addEventListener('keydown', (event) => {
  const links = resultLinks();
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (index < 0) return;
  const target = { ArrowDown: links[index + 1], ArrowUp: index === 0 ? input : links[index - 1], Home: links[0], End: links.at(-1) }[event.key];
  if (target) {
    event.preventDefault();
    target.focus();
  }
});

window.addEventListener('popstate', () => {
  state = stateFromParams(new URLSearchParams(location.search));
  input.value = state.query;
  search({ updateUrl: false });
});

input.value = state.query;
status.textContent = 'Loading the search index…';
loadSearch(import.meta.env.BASE_URL)
  .then((loaded) => {
    ({ pagefind, facets } = loaded);
    return search({ updateUrl: false });
  })
  .catch((error: unknown) => {
    status.textContent = 'The search index could not be loaded. Try reloading the page.';
    console.error(error);
  });
