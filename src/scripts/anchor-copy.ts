/**
 * Anchor links ("#" beside a heading or a row) copy the absolute URL of their anchor and put it in
 * the address bar, so a reader can paste a deep link into a report. Without JS they stay plain links.
 */
import { announce } from './announce.ts';
import { copyText, flashCopied } from './clipboard.ts';

async function copyAnchorLink(event: MouseEvent): Promise<void> {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-anchor-link]');
  if (!link) return;
  event.preventDefault();
  const url = new URL(link.getAttribute('href')!, location.href).href;
  history.replaceState(history.state, '', url);
  if (await copyText(url)) {
    flashCopied(link);
    announce('Link copied');
  } else {
    announce('Could not copy: the link is in the address bar');
  }
}

// Handled here, before the browser follows the link (preventDefault runs before the first await).
document.addEventListener('click', (event) => void copyAnchorLink(event));
