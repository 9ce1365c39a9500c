import { describe, expect, it } from 'vitest';
import { htmlAttributeName, sanitizeElement } from './sanitize.ts';

describe('sanitizeElement', () => {
  it.each([
    ['script', 'drop'],
    ['STYLE', 'drop'],
    ['iframe', 'drop'],
    ['svg', 'drop'],
    ['math', 'drop'],
    ['template', 'drop'],
    ['form', 'unwrap'],
    ['marquee', 'unwrap'],
    ['blink', 'unwrap'],
    ['x-widget', 'unwrap'],
    ['Aside', 'unwrap'],
    ['p', 'keep'],
    ['a', 'keep'],
    ['h2', 'keep'],
    ['table', 'keep'],
    ['figure', 'keep'],
    ['details', 'keep'],
  ])('<%s>: %s', (tag, verdict) => {
    expect(sanitizeElement(tag, {}).verdict).toBe(verdict);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['a', { href: '/actors/x/', className: ['wiki-link'], dataCollection: 'actors' }, []],
    ['a', { href: 'https://example.org/', title: 'x' }, []],
    ['a', { href: 'mailto:desk@example.org' }, []],
    ['a', { href: '#part' }, []],
    ['a', { href: 'javascript:alert(1)' }, ['href']],
    ['a', { href: 'java\tscript:alert(1)' }, ['href']],
    ['a', { href: ' JAVASCRIPT:alert(1)' }, ['href']],
    ['a', { href: 'data:text/html,x' }, ['href']],
    ['a', { href: 'vbscript:x' }, ['href']],
    ['a', { onclick: 'x', onMouseOver: 'y', style: 'color:red' }, ['onclick', 'onMouseOver', 'style']],
    ['a', { target: '_blank', rel: 'opener', download: '' }, ['target', 'rel', 'download']],
    ['img', { src: '/images/map.png', alt: 'Map' }, []],
    ['img', { src: 'https://tracker.example/p.gif', alt: '' }, ['src']],
    ['img', { src: '//tracker.example/p.gif' }, ['src']],
    ['img', { srcset: '/a.png 1x', onerror: 'x' }, ['srcset', 'onerror']],
    ['th', { style: 'text-align: left', scope: 'col' }, ['style']],
    ['h2', { id: 'bottom-line' }, []],
    ['a', { ariaLabel: 'Link to x', dataAnchorLink: '' }, []],
    ['sup', { dataFootnoteRef: '' }, ['dataFootnoteRef']],
    ['blockquote', { cite: 'javascript:x' }, ['cite']],
    ['span', { 'data-collection': 'actors', 'aria-hidden': 'true', slot: 'x' }, ['data-collection', 'slot']],
  ])('<%s %j> loses %j', (tag, attributes, removed) => {
    expect(sanitizeElement(tag, attributes)).toEqual({ verdict: 'keep', remove: removed });
  });

  it('keeps a task list checkbox and drops any other input', () => {
    expect(sanitizeElement('input', { type: 'checkbox', checked: true, disabled: true })).toEqual({ verdict: 'keep', remove: [] });
    expect(sanitizeElement('input', { type: 'text', value: 'x' }).verdict).toBe('drop');
    expect(sanitizeElement('input', {}).verdict).toBe('drop');
  });
});

describe('htmlAttributeName', () => {
  it.each([
    ['className', 'class'],
    ['htmlFor', 'for'],
    ['ariaLabel', 'aria-label'],
    ['dataFootnoteBackref', 'data-footnote-backref'],
    ['aria-label', 'aria-label'],
    ['onClick', 'onclick'],
    ['HREF', 'href'],
  ])('%s is %s', (property, name) => {
    expect(htmlAttributeName(property)).toBe(name);
  });
});
