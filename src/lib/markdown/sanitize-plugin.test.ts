import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { sanitizePlugin } from './sanitize-plugin.ts';

/** The body compiled as @astrojs/mdx compiles it: to JavaScript, with the allowlist plugin. */
const compiled = (body: string) => (mdxToJs(body, { hastPlugins: [sanitizePlugin()] }) as { code: string }).code;

describe('the allowlist on HTML written as JSX in an MDX body', () => {
  it('removes attributes it does not allow and keeps the rest', () => {
    const code = compiled('Text <abbr title="approximately" onClick="alert(1)">c.</abbr> more.');
    expect(code).toContain('"approximately"');
    expect(code).not.toMatch(/onClick|alert/);
  });

  it('drops elements that run code or embed documents, with their content', () => {
    const code = compiled('<iframe src="https://example.org/">inside</iframe>\n\nAfter.');
    expect(code).not.toMatch(/iframe|inside|example\.org/);
    expect(code).toContain('After.');
  });

  it('unwraps elements it does not know, keeping their text', () => {
    const code = compiled('A <marquee>moving</marquee> word.');
    expect(code).not.toContain('marquee');
    expect(code).toContain('moving');
  });

  it('leaves the site components to their own check', () => {
    expect(compiled('<Aside title="Note">Text</Aside>')).toContain('Aside');
  });
});
