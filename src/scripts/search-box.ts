/**
 * The header's search field as a combobox (the WAI-ARIA pattern, list autocomplete): results
 * appear in a list under the field as the reader types; ↓/↑ move through them (the field keeps
 * focus, `aria-activedescendant` names the option), Enter opens the chosen one, or the entry
 * an ID names, or else the search page with focus on its first result; Escape closes the list.
 * The search itself is loaded on first use, so pages that never search never fetch it.
 */
import { withBase } from '../lib/paths.ts';
import { nextActiveOption } from '../lib/search/listbox.ts';
import { once } from '../lib/search/retried-once.ts';
import { earlyResultsStatus } from '../lib/search/status-text.ts';
import type { ResultData } from '../lib/search/result-data.ts';
import type { EarlyResults, SearchAnswer } from './search-engine.ts';
import { askToFocusFirstResult } from './search-handoff.ts';
import { searchWhileTyping } from './search-typing.ts';

/** Options in the list: a few, then one to see them all on the search page. */
const SHOWN = 6;

const form = document.querySelector<HTMLFormElement>('[data-search-box]');
if (form) setUp(form);

interface Option {
  label: string;
  meta: string;
  url: string;
}

function setUp(form: HTMLFormElement) {
  const input = form.querySelector<HTMLInputElement>('[data-search-box-input]')!;
  const panel = form.querySelector<HTMLElement>('[data-search-box-panel]')!;
  const status = form.querySelector<HTMLElement>('[data-search-box-status]')!;
  const listbox = form.querySelector<HTMLUListElement>('[data-search-box-options]')!;
  const base = import.meta.env.BASE_URL;
  let options: Option[] = [];
  let active = -1;
  let run = 0;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('aria-expanded', 'false');

  const searchPageUrl = (query: string) => `${withBase(base, 'search/')}?${new URLSearchParams({ q: query })}`;
  /** The search engine, loaded once; asked for again after a failed load, it is loaded again. */
  const loadEngine = once(() => import('./search-engine.ts').then(({ createSearchEngine }) => createSearchEngine(base)));

  function open(isOpen: boolean) {
    panel.hidden = !isOpen;
    input.setAttribute('aria-expanded', String(isOpen && options.length > 0));
    if (!isOpen) choose(-1);
  }

  function choose(index: number) {
    active = index;
    [...listbox.children].forEach((item, i) => item.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', listbox.children[index]!.id);
      listbox.children[index]!.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  function optionItem(option: Option, i: number, className?: string): HTMLLIElement {
    const item = document.createElement('li');
    item.id = `site-search-option-${i}`;
    item.setAttribute('role', 'option');
    item.setAttribute('aria-selected', 'false');
    if (className) item.className = className;
    const link = document.createElement('a');
    link.href = option.url;
    link.tabIndex = -1;
    const title = document.createElement('span');
    title.className = 'option-title';
    title.textContent = option.label;
    link.append(title);
    if (option.meta) {
      const meta = document.createElement('span');
      meta.className = 'option-meta';
      meta.textContent = option.meta;
      link.append(meta);
    }
    item.append(link);
    return item;
  }

  /** The options of the first results. */
  async function resultOptions(results: readonly number[]): Promise<Option[]> {
    const engine = await loadEngine();
    const option = ({ meta, url }: ResultData): Option => ({
      label: meta.title ?? url,
      meta: [meta.type, meta.date].filter(Boolean).join(' · '),
      url,
    });
    return Promise.all(results.slice(0, SHOWN).map(async (position) => option(await engine.resultData(position))));
  }

  /**
   * Lists `next` with its status; the option chosen stays chosen if it is still listed (early
   * results followed by the answer that begins with them), else none is.
   */
  function list(next: Option[], statusText: string, markAll: boolean) {
    const chosen = options[active]?.url;
    options = next;
    listbox.replaceChildren(
      ...options.map((option, i) => optionItem(option, i, markAll && i === options.length - 1 ? 'option-all' : undefined)),
    );
    choose(options.findIndex((option) => option.url === chosen));
    status.textContent = statusText;
  }

  /** The first results of a phrase Pagefind has yet to decide, listed while it does (search-engine.ts, EarlyShow). */
  async function showEarly(thisRun: number, text: string, early: EarlyResults) {
    const shown = await resultOptions(early.results);
    if (thisRun !== run) return;
    list(shown, earlyResultsStatus(shown.length, text), false);
    open(document.activeElement === input);
  }

  /** The options for an answer: named entities, the first results, then "all results". */
  async function optionsOf(found: SearchAnswer, text: string): Promise<Option[]> {
    const entityIds = new Set(found.entities.map(({ entity }) => entity.url));
    const entities = found.entities.map(({ entity, name }) => ({
      label: entity.title,
      meta: [
        entity.type,
        entity.place,
        name === entity.title ? '' : `“${name}”`,
        `mentioned in ${entity.mentions.length} ${entity.mentions.length === 1 ? 'entry' : 'entries'}`,
      ]
        .filter(Boolean)
        .join(' · '),
      url: entity.url,
    }));
    const results = await resultOptions(found.results);
    const listed = [...entities, ...results.filter((result) => !entityIds.has(result.url))].slice(0, SHOWN);
    const suggestions = found.suggestions.map((name) => ({ label: `Did you mean ${name}?`, meta: '', url: searchPageUrl(name) }));
    const all = found.results.length
      ? [{ label: `All ${found.results.length} results for “${text}”`, meta: '', url: searchPageUrl(text) }]
      : [];
    return [...listed, ...suggestions, ...all];
  }

  /** Shows the options for the text typed, and says so when the search fails (a file of the index could not be fetched). */
  async function update() {
    const thisRun = ++run;
    try {
      await showOptions(thisRun);
    } catch (error) {
      if (thisRun === run) {
        list([], 'Search could not run. Enter opens the search page.', false);
        open(document.activeElement === input);
      }
      console.error(error);
    }
  }

  async function showOptions(thisRun: number) {
    const text = input.value;
    const early = { count: SHOWN, show: (results: EarlyResults) => showEarly(thisRun, text.trim(), results) };
    const found = text.trim() ? await (await loadEngine()).search(text, {}, early) : undefined;
    if (thisRun !== run) return;
    const next = found ? await optionsOf(found, text.trim()) : [];
    if (thisRun !== run) return;
    const count = found?.results.length ?? 0;
    const statusText = !found
      ? ''
      : count === 0
        ? `No entries match “${text.trim()}”.`
        : `${count} result${count === 1 ? '' : 's'}; ↓ to choose, Enter to open.`;
    list(next, statusText, count > 0);
    open(found !== undefined && document.activeElement === input);
  }
  const updateAsTyped = searchWhileTyping(update);

  input.addEventListener('focus', () => {
    void loadEngine();
    if (options.length || status.textContent) open(true);
  });
  input.addEventListener('input', () => {
    // What was chosen was among the options for the text before: Enter now searches what is typed.
    choose(-1);
    updateAsTyped();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      event.preventDefault();
      open(false);
      return;
    }
    const next = nextActiveOption(active, options.length, event.key);
    if (next === undefined) return;
    event.preventDefault();
    open(true);
    choose(next);
  });

  /** Enter: the chosen option; else the entry the text names by ID (asked anew: the list may be for earlier text); else the search page. */
  const submit = async () => {
    const text = input.value.trim();
    const chosen = options[active]?.url;
    if (chosen) return location.assign(chosen);
    const named = await loadEngine()
      .then((loaded) => loaded.search(text, {}))
      .then(
        (found) => found?.id?.url,
        () => undefined,
      );
    if (named) return location.assign(named);
    askToFocusFirstResult();
    location.assign(searchPageUrl(text));
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });

  // Closes when focus or a click goes elsewhere on the page.
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) open(false);
  });
  listbox.addEventListener('mousedown', (event) => event.preventDefault());
}
