import { describe, expect, it } from 'vitest';
import { resolveSiteConfig } from './site-config.ts';

const file = { name: 'Test KB' };

describe('resolveSiteConfig', () => {
  it('fills the defaults and normalises the base path', () => {
    expect(resolveSiteConfig({ ...file, base: 'kb' }, {})).toMatchObject({
      name: 'Test KB',
      release: 'TLP:CLEAR',
      base: '/kb/',
      contentDir: 'content',
      searchPartSize: 25_000,
    });
    expect(resolveSiteConfig(file, {}).base).toBe('/');
  });

  it('lets the environment override a setting for one build', () => {
    const config = resolveSiteConfig(file, {
      KB_RELEASE: 'TLP:AMBER',
      BASE_PATH: '/x/',
      SITE_URL: 'https://kb.example.org',
      KB_EDIT_URL: 'mailto:kb@example.org',
      KB_SEARCH_PART_SIZE: '40',
    });
    expect(config).toMatchObject({
      release: 'TLP:AMBER',
      base: '/x/',
      siteUrl: 'https://kb.example.org',
      editUrl: 'mailto:kb@example.org',
      searchPartSize: 40,
    });
    expect(resolveSiteConfig(file, { RELEASE: 'TLP:GREEN' }).release).toBe('TLP:GREEN');
  });

  it.each([
    [{ KB_RELEASE: 'TLP:WHITE' }, 'KB_RELEASE (environment): expected one of TLP:CLEAR'],
    [{ BASE_PATH: '/kb/"><script>' }, 'BASE_PATH (environment): expected a path'],
    [{ SITE_URL: 'javascript:alert(1)' }, 'SITE_URL (environment)'],
    [{ SITE_URL: 'https://kb example.org' }, 'SITE_URL (environment)'],
    [{ KB_EDIT_URL: 'https://git.example.org/{file}' }, 'unknown placeholder {file}'],
    [{ KB_SEARCH_PART_SIZE: 'many' }, 'KB_SEARCH_PART_SIZE (environment): expected number, received NaN; found "many"'],
    [{ KB_SEARCH_PART_SIZE: '0' }, 'KB_SEARCH_PART_SIZE (environment): Too small'],
  ])('refuses %j, naming the setting', (env, message) => {
    expect(() => resolveSiteConfig(file, env)).toThrow(message);
  });

  it('names a misspelt setting of the file with the closest one', () => {
    expect(() => resolveSiteConfig({ ...file, siteURL: 'https://x.org' } as never, {})).toThrow(
      '"siteURL" is not a setting (did you mean "siteUrl"?)',
    );
  });
});
