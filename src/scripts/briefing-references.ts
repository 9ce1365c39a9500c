/**
 * Gives each link in a briefing's text the reference number of its target in the appendix (or
 * "KJ3" for a key judgment), so that a printed copy, where links cannot be followed, says where
 * to look. Screens are unaffected: the numbers show only in print.
 */
import { absolutePermalink } from '../lib/site.ts';

export function numberBriefingReferences(briefing: HTMLElement): void {
  const refs = new Map<string, string>();
  for (const item of briefing.querySelectorAll<HTMLElement>('[data-ref-href][data-ref]')) {
    if (!refs.has(item.dataset.refHref!)) refs.set(item.dataset.refHref!, item.dataset.ref!);
  }
  for (const link of briefing.querySelectorAll<HTMLAnchorElement>('[data-briefing-narrative] a[href]')) {
    const ref = refs.get(link.getAttribute('href')!);
    if (ref) link.dataset.ref = ref;
  }
}

/**
 * Makes the appendix's printed addresses absolute when the build left them as paths (no SITE_URL),
 * from the public origin: the address the reader prints from, or the one a PDF export declares.
 */
export function completePrintedAddresses(briefing: HTMLElement, origin: string | undefined): void {
  for (const address of briefing.querySelectorAll<HTMLElement>('[data-print-url]')) {
    address.textContent = absolutePermalink(address.dataset.printUrl!, origin);
  }
}
