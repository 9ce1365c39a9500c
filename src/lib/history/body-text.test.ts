import { describe, expect, it } from 'vitest';
import { createLinkResolver } from '../links.ts';
import type { Entry } from '../schema/index.ts';
import { bodyTextOf } from './body-text.ts';

describe('bodyTextOf', () => {
  it('reads a link to an entry outside the release as "withheld", never its slug', () => {
    const resolve = createLinkResolver({ bySlug: new Map(), formerSlugs: new Map(), base: '/' });
    const text = bodyTextOf(resolve, [])({ body: 'Linked to [[secret-actor]] and [[other|a label]].' } as Entry);
    expect(text).toBe('Linked to withheld and a label.');
  });
});
