/**
 * The search page: reads the search from the URL, runs it (search-engine.ts), and renders the
 * named entities' cards, the results and the filter counts; every change is written back to
 * the URL so the search can be bookmarked and cited.
 */
import { stateFromParams, stateToParams, toggleFilter, type SearchState } from '../lib/search/url-state.ts';
import { FACET_VALUE_NOUNS, FACETS, type FacetName } from '../lib/search/facet-names.ts';
import { facetTotals } from '../lib/search/facet-table.ts';
import type { Highlight } from '../lib/search/excerpt.ts';
import type { EntityMatch } from '../lib/search/match.ts';
import { earlyResultsStatus } from '../lib/search/status-text.ts';
import { renderFacets } from './search-facets.ts';
import { createSearchEngine, type EarlyResults, type SearchEngine } from './search-engine.ts';
import { renderEntityCard, renderResult, renderSuggestions } from './search-result.ts';
import { focusFirstResultAsked } from './search-handoff.ts';
import { searchWhileTyping } from './search-typing.ts';

const PAGE_SIZE = 10;

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const facetsBox = document.querySelector<HTMLElement>('[data-search-facets]')!;
const filtersSection = document.querySelector<HTMLElement>('[data-search-filters]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const noMatch = document.querySelector<HTMLElement>('[data-search-no-match]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;

let state: SearchState = stateFromParams(new URLSearchParams(location.search));
let engine: SearchEngine;
let run = 0;
/** The positions of the results shown, and of those a "Show more results" would show next. */
let shown: readonly number[] = [];
let pending: readonly number[] = [];
let highlight: Highlight = { words: [], phrases: [] };
/** What the status says of the results shown, restored once more results could be loaded after all. */
let resultsStatus = '';
/** The named entities' cards, by position: shown in place of their results. */
let cards = new Map<number, EntityMatch>();
/** The run whose early results are shown (a phrase Pagefind has yet to decide), and the last run whose answer came. */
let earlyRun = 0;
let answeredRun = 0;

async function showMore(thisRun: number) {
  const batch = pending.slice(0, PAGE_SIZE);
  pending = pending.slice(PAGE_SIZE);
  const items = await Promise.all(
    batch.map(async (position) => {
      const card = cards.get(position);
      return card ? renderEntityCard(card) : renderResult(await engine.resultData(position), highlight);
    }),
  ).catch((error: unknown) => {
    // Their result files could not be fetched: the next press of "Show more results" tries them again.
    if (thisRun === run) pending = [...batch, ...pending];
    throw error;
  });
  if (thisRun !== run) return;
  list.append(...items);
  shown = [...shown, ...batch];
  more.hidden = pending.length === 0;
}

const searchUrl = (query: string) => `?${stateToParams({ query, filters: {} })}`;

/** Browsers without requestIdleCallback (Safari) write the URL on the next task. */
const whenIdle: (callback: () => void) => void =
  'requestIdleCallback' in window ? (callback) => requestIdleCallback(callback, { timeout: 500 }) : (callback) => setTimeout(callback);
let urlWritePending = false;
/**
 * Writes the search into the URL once the results are on screen, not before: replaceState held
 * the main thread 2–6 ms per search in profiles on a busy machine. The URL written is the latest state.
 */
function writeUrlWhenIdle() {
  if (urlWritePending) return;
  urlWritePending = true;
  whenIdle(() => {
    urlWritePending = false;
    const params = stateToParams(state).toString();
    history.replaceState(null, '', params ? `?${params}` : location.pathname);
  });
}

/**
 * How long a search runs before the status says it is still running: a quoted phrase of five
 * common words takes seconds at 100,000 entries (its first results, if any, are shown instead);
 * most searches end well before, and say nothing.
 */
const SLOW_SEARCH_MS = 500;

/** Runs the search in the state, says so when it is slow, and when it fails (a file of the index could not be fetched). */
async function search(options: { updateUrl: boolean }) {
  const thisRun = ++run;
  const slow = setTimeout(() => {
    if (thisRun === run && earlyRun !== thisRun) status.textContent = 'Searching…';
  }, SLOW_SEARCH_MS);
  try {
    await showSearch(thisRun, options);
  } catch (error) {
    answeredRun = thisRun;
    if (thisRun === run) {
      status.textContent = 'This search could not be completed. Try again, or reload the page.';
      // Early results are only the first of an answer that did not come.
      if (earlyRun === thisRun) clearResults();
    }
    console.error(error);
  } finally {
    clearTimeout(slow);
  }
}

/** Settles once what the page shows now has been painted: after the frame that lays it out. */
const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

function clearResults() {
  noMatch.replaceChildren();
  list.replaceChildren();
  shown = [];
  pending = [];
  more.hidden = true;
}

/**
 * Shows the first results of a search that waits for Pagefind (a quoted phrase of common words:
 * seconds at 100,000 entries), found in their own text (search-engine.ts), unless its answer came first.
 */
async function showEarly(thisRun: number, typed: string, early: EarlyResults) {
  const current = () => thisRun === run && state.query === typed && answeredRun !== thisRun;
  if (!current()) return;
  const items = await Promise.all(early.results.map(async (position) => renderResult(await engine.resultData(position), early.highlight)));
  if (!current()) return;
  clearResults();
  list.append(...items);
  shown = early.results;
  earlyRun = thisRun;
  status.textContent = earlyResultsStatus(items.length, typed);
}

async function showSearch(thisRun: number, options: { updateUrl: boolean }) {
  if (options.updateUrl) writeUrlWhenIdle();
  // The text searched: the reader may type on while this search runs, and the status must name
  // the query these results are for.
  const typed = state.query;
  const answer = await engine.search(typed, state.filters, {
    count: PAGE_SIZE,
    show: (early) =>
      showEarly(thisRun, typed, early)
        .then(painted)
        .catch((error: unknown) => console.error(error)),
  });
  answeredRun = thisRun;
  // Text the reader has typed on from is not shown: the search for the new text follows at once
  // (search-typing.ts), and showing this one would fetch its results' text for nothing.
  if (thisRun !== run || state.query !== typed) return;
  // Early results that begin the answer stay as they are (a reader may be on one of them).
  const keepEarly = earlyRun === thisRun && answer !== undefined && shown.every((position, i) => answer.results[i] === position);
  if (!keepEarly) clearResults();
  if (!answer) {
    filtersSection.hidden = false;
    renderFacets(facetsBox, facetTotals(engine.facets), state, engine.facets.apart);
    status.textContent = 'Type a name, a spelling or a word, or choose a filter.';
    return;
  }
  highlight = answer.highlight;
  cards = new Map(answer.entities.map((match) => [match.entity.position, match]));
  pending = answer.results.slice(shown.length);
  if (keepEarly) more.hidden = pending.length === 0;
  else await showMore(thisRun);
  if (thisRun !== run) return;
  renderFacets(facetsBox, answer.counts, state, engine.facets.apart);
  // Nothing matches: nothing else is shown (no filters), only the answer and the names it may have meant.
  filtersSection.hidden = answer.matched === 0;
  if (answer.matched === 0) {
    facetsBox.replaceChildren();
    if (answer.suggestions.length) noMatch.append(renderSuggestions(answer.suggestions, searchUrl));
    status.textContent = `No entries match “${typed}”.`;
    return;
  }
  const count = answer.results.length;
  status.textContent = resultsStatus = `${count === 0 ? 'No' : count} result${count === 1 ? '' : 's'}${typed ? ` for “${typed}”` : ''}.`;
}

const searchAsTyped = searchWhileTyping(() => search({ updateUrl: true }));
input.addEventListener('input', () => {
  state = { ...state, query: input.value };
  searchAsTyped();
});

/** Results are already shown as the reader types: Enter takes the reader to the first. */
const firstResultLink = () => list.querySelector<HTMLAnchorElement>('a[data-result-link]');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  state = { ...state, query: input.value };
  void search({ updateUrl: true }).then(() => firstResultLink()?.focus());
});

facetsBox.addEventListener('change', (event) => {
  const box = event.target as HTMLInputElement;
  const facet = box.name as FacetName;
  if (!FACETS.includes(facet)) return;
  state = toggleFilter(state, facet, box.value, box.checked);
  void search({ updateUrl: true });
});

/**
 * A facet kept apart is fetched when the reader asks for it; focus stays on its button while it
 * loads (a second press waits for the same fetch), then goes to its first value.
 */
facetsBox.addEventListener('click', (event) => {
  const load = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-load-facet]');
  const facet = load?.dataset.loadFacet as FacetName | undefined;
  if (!load || !facet || !FACETS.includes(facet)) return;
  const label = load.textContent;
  load.textContent = 'Loading…';
  engine
    .loadFacet(facet)
    .then(() => search({ updateUrl: false }))
    .then(() => facetsBox.querySelector<HTMLElement>(`[data-facet="${facet}"] input, [data-facet="${facet}"] button`)?.focus())
    .catch((error: unknown) => {
      status.textContent = `The ${FACET_VALUE_NOUNS[facet]} could not be loaded. Try again.`;
      load.textContent = label;
      console.error(error);
    });
});

facetsBox.addEventListener('click', (event) => {
  const clear = (event.target as HTMLElement).closest('[data-clear-filters]');
  if (!clear) return;
  state = { ...state, filters: {} };
  void search({ updateUrl: true });
  input.focus();
});

more.addEventListener('click', () => {
  const firstNew = shown.length;
  showMore(run)
    .then(() => {
      if (status.textContent !== resultsStatus) status.textContent = resultsStatus;
      list.children[firstNew]?.querySelector<HTMLAnchorElement>('a')?.focus();
    })
    .catch((error: unknown) => {
      status.textContent = 'More results could not be loaded. Try again.';
      console.error(error);
    });
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
  const target = { ArrowDown: links[index + 1], ArrowUp: index === 0 ? input : links[index - 1], Home: links[0], End: links.at(-1) }[
    event.key
  ];
  if (target) {
    event.preventDefault();
    target.focus();
  }
});

window.addEventListener('popstate', () => {
  state = stateFromParams(new URLSearchParams(location.search));
  input.value = state.query;
  void search({ updateUrl: false });
});

input.value = state.query;
status.textContent = 'Loading the search index…';
createSearchEngine(import.meta.env.BASE_URL)
  .then(async (created) => {
    engine = created;
    const focusFirst = focusFirstResultAsked();
    await search({ updateUrl: false });
    if (focusFirst) firstResultLink()?.focus();
  })
  .catch((error: unknown) => {
    // The development server makes the index when asked (src/integration/dev-search.ts) and logs why it could not.
    status.textContent = import.meta.env.DEV
      ? 'The development server could not make the search index: its log says why (a content problem, most often). Fix it and reload the page.'
      : 'The search index could not be loaded. Try reloading the page.';
    console.error(error);
  });
