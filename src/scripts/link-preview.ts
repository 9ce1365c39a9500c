/**
 * Previews of internal links: hovering or focusing a link to an entry shows a small card (type,
 * title, summary, key fields) from /data/previews/<slug>.json, fetched once per target and cached.
 * The card floats over the page (no layout shift), stays while the pointer is on it, and Escape
 * closes it (WCAG 1.4.13).
 */
interface Preview {
  type: string;
  title: string;
  summary: string;
  fields: { label: string; value: string }[];
}

const HOVER_DELAY = 300;
const HIDE_DELAY = 200;
const cache = new Map<string, Promise<Preview | undefined>>();
const card = document.createElement('div');
card.id = 'link-preview';
card.className = 'link-preview';
card.setAttribute('role', 'tooltip');
card.hidden = true;
document.body.append(card);

let current: HTMLAnchorElement | undefined;
let showTimer: number | undefined;
let hideTimer: number | undefined;

/** The slug of an entry link: its path ends in /<collection>/<slug>/. */
function slugOf(link: HTMLAnchorElement): string | undefined {
  // Previews show entries as they are now: not for links to entries as they stood at an edition.
  if (link.closest('[data-no-preview]')) return undefined;
  const url = new URL(link.href);
  if (url.origin !== location.origin || url.pathname === location.pathname) return undefined;
  const [collection, slug] = url.pathname.split('/').filter(Boolean).slice(-2);
  return collection === link.dataset.collection ? slug : undefined;
}

function load(slug: string): Promise<Preview | undefined> {
  let preview = cache.get(slug);
  if (!preview) {
    preview = fetch(`${import.meta.env.BASE_URL}data/previews/${slug}.json`)
      .then((response) => (response.ok ? (response.json() as Promise<Preview>) : undefined))
      .catch(() => undefined);
    cache.set(slug, preview);
  }
  return preview;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function render(preview: Preview): void {
  const fields = element('dl', 'link-preview-fields');
  for (const { label, value } of preview.fields) fields.append(element('dt', '', label), element('dd', '', value));
  card.replaceChildren(
    element('p', 'link-preview-type', preview.type),
    element('p', 'link-preview-title', preview.title),
    element('p', 'link-preview-summary', preview.summary),
    ...(preview.fields.length ? [fields] : []),
  );
}

function place(link: HTMLAnchorElement): void {
  const box = link.getBoundingClientRect();
  const width = Math.min(card.offsetWidth, document.documentElement.clientWidth - 16);
  const left = Math.max(8, Math.min(box.left, document.documentElement.clientWidth - width - 8));
  const below = box.bottom + 6;
  const fitsBelow = below + card.offsetHeight < window.innerHeight;
  const top = fitsBelow ? below : Math.max(8, box.top - card.offsetHeight - 6);
  // CSSOM properties, not a style attribute: allowed by the site's Content Security Policy.
  card.style.left = `${left + window.scrollX}px`;
  card.style.top = `${top + window.scrollY}px`;
}

async function show(link: HTMLAnchorElement): Promise<void> {
  const slug = slugOf(link);
  if (!slug) return;
  window.clearTimeout(hideTimer);
  current = link;
  const preview = await load(slug);
  if (!preview || current !== link) return;
  render(preview);
  card.hidden = false;
  place(link);
  link.setAttribute('aria-describedby', card.id);
}

function hide(): void {
  window.clearTimeout(showTimer);
  current?.removeAttribute('aria-describedby');
  current = undefined;
  card.hidden = true;
}

function entryLink(target: EventTarget | null): HTMLAnchorElement | null {
  return target instanceof Element ? target.closest<HTMLAnchorElement>('main a[data-collection][href]') : null;
}

document.addEventListener('pointerover', (event) => {
  if (event.pointerType !== 'mouse') return;
  if (card.contains(event.target as Node)) return window.clearTimeout(hideTimer);
  const link = entryLink(event.target);
  if (!link || link === current) return;
  window.clearTimeout(showTimer);
  showTimer = window.setTimeout(() => void show(link), HOVER_DELAY);
});
document.addEventListener('pointerout', (event) => {
  if (event.pointerType !== 'mouse') return;
  const leaving = entryLink(event.target) ?? (card.contains(event.target as Node) ? card : null);
  if (!leaving) return;
  window.clearTimeout(showTimer);
  hideTimer = window.setTimeout(hide, HIDE_DELAY);
});
document.addEventListener('focusin', (event) => {
  const link = entryLink(event.target);
  if (link) void show(link);
  else if (current) hide();
});
document.addEventListener('focusout', (event) => {
  if (event.target === current) hide();
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && current) hide();
});
