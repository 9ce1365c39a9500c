/**
 * Gives each link in a briefing's text the reference number of its target in the appendix (or
 * "KJ3" for a key judgment), so that a printed copy, where links cannot be followed, says where
 * to look. Screens are unaffected: the numbers show only in print.
 */
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
