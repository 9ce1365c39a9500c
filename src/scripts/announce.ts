/** Says something to screen-reader users through the page's one live region (LinkEnhancements.astro). */
export function announce(message: string): void {
  const region = document.getElementById('kb-announcer');
  if (!region) return;
  // Clearing first makes the same message ("Link copied") be read again on a second copy.
  region.textContent = '';
  window.setTimeout(() => (region.textContent = message), 50);
}
