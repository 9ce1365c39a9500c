/** One search result as DOM nodes (built with textContent, never from HTML strings). */
import { buildExcerpt, isHit, markHits, type TextPart } from '../lib/search/excerpt.ts';
import { aliasesOf, type PagefindResultData } from './search-pagefind.ts';

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

export function renderResult(data: PagefindResultData, keys: readonly string[]): HTMLLIElement {
  const item = element('li', 'search-result');
  const meta = element('p', 'result-meta');
  if (data.meta.type) meta.append(element('span', 'badge', data.meta.type));
  if (data.meta.date) meta.append(' ', element('span', 'muted', data.meta.date));

  const heading = element('h3');
  const link = element('a');
  link.href = data.url;
  link.dataset.resultLink = '';
  appendParts(link, markHits(data.meta.title ?? data.url, keys));
  heading.append(link);
  item.append(meta, heading);

  const aliases = matchedAliases(aliasesOf(data), keys);
  if (aliases.length) {
    const line = element('p', 'result-aliases', 'Also known as ');
    aliases.forEach((alias, i) => line.append(i ? ', ' : '', element('mark', undefined, alias)));
    item.append(line);
  }
  if (data.meta.summary) item.append(element('p', 'result-summary', data.meta.summary));

  const excerpt = buildExcerpt(data.content, keys);
  if (excerpt) {
    const text = element('p', 'result-excerpt');
    if (excerpt.cutStart) text.append('… ');
    appendParts(text, excerpt.parts);
    if (excerpt.cutEnd) text.append(' …');
    item.append(text);
  }
  return item;
}
