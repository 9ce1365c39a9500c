/** "On this page": marks the link of the section being read (aria-current) as the reader scrolls. */
import { currentSection } from '../lib/view/toc.ts';

/** How far below the top of the window a heading counts as reached: the first lines of its section. */
const READING_OFFSET = 96;

function track(toc: HTMLElement): void {
  const links = new Map([...toc.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')].map((link) => [link.dataset.tocLink!, link]));
  const headings = [...links.keys()].map((id) => document.getElementById(id)).filter((heading): heading is HTMLElement => heading !== null);
  const mark = () => {
    const atEnd = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
    const current = currentSection(
      headings.map((heading) => ({ id: heading.id, top: heading.getBoundingClientRect().top })),
      READING_OFFSET,
      atEnd,
    );
    for (const [id, link] of links) {
      if (id === current) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  };
  let pending = false;
  const schedule = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      mark();
    });
  };
  // At most once a frame while scrolling, and after a jump to an anchor or a resize.
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);
  mark();
}

document.querySelectorAll<HTMLElement>('[data-toc]').forEach(track);
