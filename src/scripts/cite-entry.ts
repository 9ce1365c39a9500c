/**
 * Completes the citation box in the browser: today's access date and, when the build did not know
 * the site's address, the permalink from the public origin (the page's own, or the one a PDF
 * export declares). Then the copy buttons appear.
 */
import { CITATION_FORMAT_LABELS, formatCitation, type CitationFormat, type CitationInput } from '../lib/cite/citation.ts';
import { absolutePermalink } from '../lib/site.ts';
import type { CollectionName } from '../lib/schema/index.ts';
import { announce } from './announce.ts';
import { copyText, flashCopied } from './clipboard.ts';
import { publicOrigin } from './public-origin.ts';

function today(): string {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

function enhance(box: HTMLElement): void {
  const data = box.dataset;
  const permalinkLink = box.querySelector<HTMLAnchorElement>('[data-cite-permalink]')!;
  const origin = publicOrigin();
  const permalink = absolutePermalink(permalinkLink.getAttribute('href')!, origin);
  permalinkLink.textContent = permalink;
  const shortLink = box.querySelector<HTMLAnchorElement>('[data-cite-short]');
  if (shortLink) shortLink.textContent = absolutePermalink(shortLink.getAttribute('href')!, origin);
  const input: CitationInput = {
    title: data.title!,
    slug: data.slug!,
    collection: data.collection as CollectionName,
    siteName: data.siteName!,
    permalink,
    ...(data.updated ? { updated: data.updated } : {}),
    edition: data.edition!,
    accessed: today(),
    ...(data.pinnedEdition && data.pinnedCommit ? { pinned: { edition: data.pinnedEdition, commit: data.pinnedCommit } } : {}),
  };
  for (const pre of box.querySelectorAll<HTMLElement>('[data-cite-format]')) {
    pre.textContent = formatCitation(pre.dataset.citeFormat as CitationFormat, input);
  }
  box.querySelector('[data-cite-note]')?.firstChild?.replaceWith('Access date: today. ');
  for (const button of box.querySelectorAll<HTMLButtonElement>('[data-cite-copy]')) {
    const format = button.dataset.citeCopy as CitationFormat;
    button.hidden = false;
    const copy = async () => {
      const text = box.querySelector<HTMLElement>(`[data-cite-format="${format}"]`)!.textContent ?? '';
      if (await copyText(text)) {
        flashCopied(button);
        announce(`${CITATION_FORMAT_LABELS[format]} citation copied`);
      } else {
        announce('Could not copy: select the citation text instead');
      }
    };
    button.addEventListener('click', () => void copy());
  }
}

document.querySelectorAll<HTMLElement>('[data-cite]').forEach(enhance);
