/**
 * Disclosures that are open beside the content on a wide screen but would push it down on a
 * phone (the table of contents, the search filters) start closed there. Rendered open, so they
 * stay usable without JavaScript.
 */
const NARROW = '(max-width: 860px)';

if (window.matchMedia(NARROW).matches) {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-closed-when-narrow]')) details.open = false;
}
