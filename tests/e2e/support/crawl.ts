/** A crawler for a built site: every page reachable from a start page, and every asset they load. */

export interface CrawledSite {
  /** The status of every internal URL reached: pages by links, assets by src or href. */
  status: Map<string, number>;
  /** The HTML of every page reached. */
  pages: Map<string, string>;
}

/** Internal URLs a page refers to: links (<a>, <link>) and assets (any src); fragment and query dropped. */
function references(html: string, pageUrl: string): URL[] {
  return [...html.matchAll(/<(?:a|link)\s[^>]*?href="([^"]*)"|\ssrc="([^"]*)"/g)]
    .map(([, href, src]) => (href ?? src ?? '').replaceAll('&amp;', '&'))
    .filter((value) => value && !value.startsWith('#') && !/^(mailto|tel):/.test(value))
    .map((value) => new URL(value, pageUrl))
    .map((url) => new URL(url.origin + url.pathname));
}

export async function crawl(start: string): Promise<CrawledSite> {
  const origin = new URL(start).origin;
  const status = new Map<string, number>();
  const pages = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const url = queue.shift()!;
    if (status.has(url)) continue;
    const response = await fetch(url);
    status.set(url, response.status);
    if (response.status !== 200 || !response.headers.get('content-type')?.includes('text/html')) continue;
    const html = await response.text();
    pages.set(url, html);
    for (const next of references(html, url)) {
      if (next.origin === origin && !status.has(next.href)) queue.push(next.href);
    }
  }
  return { status, pages };
}

/** What a page's head must name: a title, a description and its own canonical address. */
export function headProblems(url: string, html: string): string[] {
  const problems: string[] = [];
  if (!/<title>[^<]*\S[^<]*<\/title>/.test(html)) problems.push('no title');
  if (!/<meta name="description" content="[^"]*\S[^"]*"/.test(html)) problems.push('no description');
  const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
  const isRedirect = html.includes('http-equiv="refresh"');
  if (!canonical) problems.push('no canonical link');
  else if (!isRedirect && new URL(canonical, url).pathname !== new URL(url).pathname) problems.push(`canonical link names ${canonical}`);
  return problems.map((problem) => `${new URL(url).pathname}: ${problem}`);
}

/**
 * What the content security policy must hold on every page: a policy that keeps everything on
 * the site's own origin, first in the head (after the charset), and no inline code it could not vouch
 * for (event handler or style attributes).
 */
export function securityProblems(url: string, html: string): string[] {
  const problems: string[] = [];
  const policy = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
  if (!policy) problems.push('no content security policy');
  // A policy applies only to what follows it: nothing but the charset may come before it.
  else if (!/<head>\s*(?:<meta charset="utf-8">\s*)?<meta http-equiv="content-security-policy"/i.test(html)) {
    problems.push('the content security policy is not first in <head>');
  } else {
    for (const directive of ["default-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'"]) {
      if (!policy.includes(directive)) problems.push(`the policy lacks ${directive}`);
    }
  }
  const inline = html.match(/<[a-z][^>]*\s(on[a-z]+|style)=/i);
  if (inline) problems.push(`an inline ${inline[1]} attribute`);
  return problems.map((problem) => `${new URL(url).pathname}: ${problem}`);
}
