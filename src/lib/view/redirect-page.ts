/**
 * The page left at an address that leads elsewhere (a former ID, an entry's short address, an
 * edition where the entry reads as it does today): a meta refresh, a canonical link naming the
 * target, and a visible note and link for a reader whose browser does not follow the refresh.
 * One markup for the pages Astro renders (src/layouts/RedirectPage.astro) and for the files the
 * integration writes itself (the edition redirects, src/integration/edition-redirects.ts).
 */
import { createHash } from 'node:crypto';
import { escapeHtml } from '../escape-html.ts';

export interface Redirect {
  /** Where the entry lives now, under the base path. */
  to: string;
  title: string;
  /** What the page says instead of "moved" (an entry unchanged since an edition). */
  note?: string;
}

/**
 * Keeps a deep link's #anchor across the redirect (the refresh would drop it); it runs before the
 * refresh, which stays as the fallback without JavaScript.
 */
export const KEEP_ANCHOR_SCRIPT = "location.replace(document.querySelector('link[rel=canonical]').href + location.hash);";

/** The CSP source that allows KEEP_ANCHOR_SCRIPT inline. */
export const KEEP_ANCHOR_HASH: `sha256-${string}` = `sha256-${createHash('sha256').update(KEEP_ANCHOR_SCRIPT).digest('base64')}`;

/** What the head holds after the content security policy, and the body. */
export function redirectMarkup({ to, title, note }: Redirect): { head: string; body: string } {
  const href = escapeHtml(to);
  const head = [
    `<title>${escapeHtml(note ? title : `Moved: ${title}`)}</title>`,
    `<meta name="description" content="${escapeHtml(note ?? `This entry has moved to a new address: ${title}.`)}">`,
    '<meta name="robots" content="noindex">',
    `<link rel="canonical" href="${href}">`,
    `<script>${KEEP_ANCHOR_SCRIPT}</script>`,
    `<meta http-equiv="refresh" content="0; url=${href}">`,
  ].join('');
  const body = `<p>${escapeHtml(note ?? 'This entry has a new address:')} <a href="${href}">${escapeHtml(title)}</a>.</p>`;
  return { head, body };
}

/** The site's content security policy, as astro.config.mjs declares it (`security.csp`). */
export interface SitePolicy {
  directives: readonly string[];
  scriptResources: readonly string[];
}

/** The policy of a page whose only inline code is KEEP_ANCHOR_SCRIPT and which has no style: Astro's own format. */
export function redirectPolicy({ directives, scriptResources }: SitePolicy): string {
  const script = ['script-src', ...scriptResources, `'${KEEP_ANCHOR_HASH}'`].join(' ');
  return [...directives, ` ${script}`, " style-src 'self'", ''].join(';');
}

/** A whole redirect document, the site's policy (if it has one) first in its head after the charset, as Astro places it. */
export function redirectDocument(redirect: Redirect, policy: SitePolicy | undefined): string {
  const { head, body } = redirectMarkup(redirect);
  const policyMeta = policy ? `<meta http-equiv="content-security-policy" content="${escapeHtml(redirectPolicy(policy))}">` : '';
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${policyMeta}${head}</head><body>${body}</body></html>`;
}
