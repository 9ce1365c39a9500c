import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const url = process.argv[2];
for (const [name, q, width] of [['golani-1280', 'Golani', 1280], ['golani-390', 'Golani', 390], ['jund-1280', 'Jund al-Khilafah', 1280], ['nomatch-1280', 'Ansar al-Sharia', 1280], ['nomatch-390', 'Jolany', 390]]) {
  const p = await b.newPage({ viewport: { width, height: width === 390 ? 844 : 900 } });
  await p.goto(url + 'search/?q=' + encodeURIComponent(q));
  await p.waitForFunction(() => { const s = document.querySelector('[data-search-status]')?.textContent ?? ''; return s && !s.startsWith('Loading'); });
  await p.waitForTimeout(200);
  await p.screenshot({ path: `/tmp/p16-${name}.png`, fullPage: false });
  await p.close();
}
// header box at 390
const p = await b.newPage({ viewport: { width: 390, height: 844 } });
await p.goto(url + 'actors/hezbollah/');
await p.locator('#site-search').click();
await p.keyboard.type('Golani');
await p.waitForFunction(() => document.querySelectorAll('[data-search-box-options] [role=option]').length > 1);
await p.keyboard.press('ArrowDown');
await p.screenshot({ path: '/tmp/p16-box-390.png' });
const p2 = await b.newPage({ viewport: { width: 1280, height: 800 } });
await p2.goto(url + 'actors/hezbollah/');
await p2.locator('#site-search').click();
await p2.keyboard.type('Golani');
await p2.waitForFunction(() => document.querySelectorAll('[data-search-box-options] [role=option]').length > 1);
await p2.keyboard.press('ArrowDown');
await p2.screenshot({ path: '/tmp/p16-box-1280.png' });
await b.close();
