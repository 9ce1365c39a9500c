/** One search result as DOM nodes (built with textContent, never from HTML strings). */
import { buildExcerpt, highlightKeys, isHit, markHits, type Highlight, type TextPart } from '../lib/search/excerpt.ts';
import type { EntityMatch } from '../lib/search/match.ts';
import { ALIAS_SEPARATOR, type ResultData } from '../lib/search/result-data.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function appendParts(parent: HTMLElement, parts: readonly TextPart[]): HTMLElement {
  parent.append(...parts.map((part) => (part.match ? element('mark', undefined, part.text) : document.createTextNode(part.text))));
  return parent;
}

/** Aliases that match every word of the query: they tell the reader why this entry was found. */
function matchedAliases(aliases: readonly string[], keys: readonly string[]): string[] {
  if (!keys.length) return [];
  return aliases.filter((alias) => keys.every((key) => alias.split(/\s+/).some((word) => isHit(word, [key]))));
}

export function renderResult(data: ResultData, highlight: Highlight): HTMLLIElement {
  const item = element('li', 'search-result');
  const meta = element('p', 'result-meta');
  if (data.meta.type) meta.append(element('span', 'badge', data.meta.type));
  if (data.meta.date) meta.append(' ', element('span', 'muted', data.meta.date));

  const heading = element('h3');
  const link = element('a');
  link.href = data.url;
  link.dataset.resultLink = '';
  appendParts(link, markHits(data.meta.title ?? data.url, highlight));
  heading.append(link);
  item.append(meta, heading);

  const aliases = matchedAliases(data.meta.aliases?.split(ALIAS_SEPARATOR) ?? [], highlightKeys(highlight));
  if (aliases.length) {
    const line = element('p', 'result-aliases', 'Also known as ');
    aliases.forEach((alias, i) => line.append(i ? ', ' : '', element('mark', undefined, alias)));
    item.append(line);
  }
  if (data.meta.summary) item.append(element('p', 'result-summary', data.meta.summary));

  const excerpt = buildExcerpt(data.content, highlight);
  if (excerpt) {
    const text = element('p', 'result-excerpt');
    if (excerpt.cutStart) text.append('… ');
    appendParts(text, excerpt.parts);
    if (excerpt.cutEnd) text.append(' …');
    item.append(text);
  }
  return item;
}

/** "1 entry", "11 entries". */
const entries = (count: number) => `${count} ${count === 1 ? 'entry' : 'entries'}`;

/**
 * The card of an actor or place the query names: what it is, where, the name that matched, its
 * summary, and how many entries mention it (they follow in the results).
 */
export function renderEntityCard({ entity, name }: EntityMatch): HTMLLIElement {
  const card = element('li', 'search-result entity-card');
  const meta = element('p', 'result-meta');
  meta.append(element('span', 'badge', entity.type));
  if (entity.place) meta.append(' ', element('span', 'muted', entity.place));
  const heading = element('h3');
  const link = element('a', undefined, entity.title);
  link.href = entity.url;
  link.dataset.resultLink = '';
  heading.append(link);
  card.append(meta, heading);
  if (name !== entity.title) {
    const alias = element('p', 'result-aliases', 'Found by the name ');
    alias.append(element('mark', undefined, name));
    card.append(alias);
  }
  card.append(element('p', 'result-summary', entity.summary));
  const mentions = entity.mentions.length;
  card.append(
    element(
      'p',
      'entity-mentions',
      mentions
        ? `${entries(mentions)} ${mentions === 1 ? 'mentions' : 'mention'} ${entity.title}.`
        : `No other entry mentions ${entity.title}.`,
    ),
  );
  return card;
}

/** "Did you mean …?": the known names close to a query that matched nothing, each a link to its search. */
export function renderSuggestions(suggestions: readonly string[], searchUrl: (query: string) => string): HTMLElement {
  const line = element('p', 'did-you-mean', 'Did you mean ');
  suggestions.forEach((name, i) => {
    const link = element('a', undefined, name);
    link.href = searchUrl(name);
    line.append(i === 0 ? '' : i === suggestions.length - 1 ? ' or ' : ', ', link);
  });
  line.append('?');
  return line;
}
