/** Search on the real knowledge base: the spellings analysts use for the major actors. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, siteUrl } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('spellings of the major actors on the real site', () => {
  it.each([
    ['al-Qaeda', ["al-Qa'ida", 'al Qaida', 'alqaeda', 'al-Qaʿida']],
    ['Islamic State', ['ISIS', 'ISIL', 'Daesh', "Da'ish", 'ad-Dawla al-Islamiyya']],
    ['al-Nusra Front', ['Jabhat al-Nusra', 'Nusra', 'Jabhat an-Nusrah']],
    ['Abu Muhammad al-Jawlani', ['Julani', 'Jolani', 'Golani', 'Abu Mohammed al-Julani']],
    ['Ayman al-Zawahiri', ['Zawahri', 'al-Zawahiri', 'Ayman az-Zawahiri']],
    ['Hezbollah', ['Hizballah', 'Hizbullah', 'Hezbollah']],
    ['Abu Bakr al-Baghdadi', ['Abou Bakr al-Baghdadi', 'Abū Bakr al-Baghdādī']],
  ])('%s is in the top three for each spelling', async (title, spellings) => {
    const { page, errors } = await openPage(browser);
    for (const spelling of spellings) {
      await page.goto(siteUrl('seed', `search/?q=${encodeURIComponent(spelling)}`));
      await page.waitForFunction(() => document.querySelectorAll('[data-result-link]').length > 0);
      const top = (await page.locator('[data-result-link]').allTextContents()).slice(0, 3);
      expect(top, spelling).toContain(title);
    }
    await page.close();
    expect(errors).toEqual([]);
  });
});
