import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { KEEP_ANCHOR_HASH, KEEP_ANCHOR_SCRIPT, redirectDocument, redirectMarkup, redirectPolicy } from './redirect-page.ts';

const policy = { directives: ["default-src 'self'", "object-src 'none'"], scriptResources: ["'self'", "'wasm-unsafe-eval'"] };

describe('redirectMarkup', () => {
  it.each([
    {
      case: 'a moved entry',
      redirect: { to: '/kb/actors/a/', title: 'Group A' },
      title: '<title>Moved: Group A</title>',
      description: 'This entry has moved to a new address: Group A.',
      body: '<p>This entry has a new address: <a href="/kb/actors/a/">Group A</a>.</p>',
    },
    {
      case: 'an entry unchanged since an edition',
      redirect: { to: '/actors/a/', title: 'Group A', note: 'Unchanged since edition 2026-01:' },
      title: '<title>Group A</title>',
      description: 'Unchanged since edition 2026-01:',
      body: '<p>Unchanged since edition 2026-01: <a href="/actors/a/">Group A</a>.</p>',
    },
    {
      case: 'markup in a title',
      redirect: { to: '/actors/a/', title: '<b>"A" & B</b>' },
      title: '<title>Moved: &lt;b&gt;&quot;A&quot; &amp; B&lt;/b&gt;</title>',
      description: 'This entry has moved to a new address: &lt;b&gt;&quot;A&quot; &amp; B&lt;/b&gt;.',
      body: '<p>This entry has a new address: <a href="/actors/a/">&lt;b&gt;&quot;A&quot; &amp; B&lt;/b&gt;</a>.</p>',
    },
  ])('$case: a refresh, a canonical link, a visible note and link', ({ redirect, title, description, body }) => {
    const markup = redirectMarkup(redirect);
    expect(markup.head).toContain(title);
    expect(markup.head).toContain(`<meta name="description" content="${description}">`);
    expect(markup.head).toContain(`<link rel="canonical" href="${redirect.to}">`);
    expect(markup.head).toContain(`<meta http-equiv="refresh" content="0; url=${redirect.to}">`);
    expect(markup.head).toContain('<meta name="robots" content="noindex">');
    // The script that keeps the #anchor runs before the refresh.
    expect(markup.head.indexOf('<script>')).toBeLessThan(markup.head.indexOf('http-equiv="refresh"'));
    expect(markup.body).toBe(body);
  });
});

describe('redirectPolicy', () => {
  it("is the site's directives, its script sources with the hash of the one inline script, and styles from the site only", () => {
    expect(redirectPolicy(policy)).toBe(
      `default-src 'self';object-src 'none'; script-src 'self' 'wasm-unsafe-eval' '${KEEP_ANCHOR_HASH}'; style-src 'self';`,
    );
  });

  it('allows exactly the inline script the page holds', () => {
    expect(KEEP_ANCHOR_HASH).toBe(`sha256-${createHash('sha256').update(KEEP_ANCHOR_SCRIPT).digest('base64')}`);
  });
});

describe('redirectDocument', () => {
  const redirect = { to: '/kb/actors/a/', title: 'Group A' };

  it('puts the policy first in the head, right after the charset', () => {
    const html = redirectDocument(redirect, policy);
    expect(html).toMatch(
      /^<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="[^"]+"><title>/,
    );
    expect(html).toContain(`${redirectMarkup(redirect).head}</head><body>${redirectMarkup(redirect).body}</body></html>`);
  });

  it('has no policy when the site declares none', () => {
    expect(redirectDocument(redirect, undefined)).not.toContain('content-security-policy');
  });
});
