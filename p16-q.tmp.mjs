import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage();
p.on('console', (m) => { if (m.type() === 'error') console.log('CONSOLE', m.text()); });
p.on('pageerror', (e) => console.log('PAGEERR', e.message));
for (const q of process.argv.slice(2)) {
  await p.goto('http://127.0.0.1:4716/search/?q=' + encodeURIComponent(q));
  await p.waitForFunction(() => { const s = document.querySelector('[data-search-status]')?.textContent ?? ''; return s && !s.startsWith('Loading'); });
  const status = await p.locator('[data-search-status]').textContent();
  const titles = (await p.locator('[data-result-link]').allTextContents()).slice(0, 6);
  const extra = await p.locator('[data-search-no-match]').textContent();
  const card = await p.locator('.entity-card').allTextContents();
  console.log(q, '|', status, '|', titles.join(' / '), '|', extra, '|', card.map(c => c.slice(0, 150)).join(' ## '));
}
await b.close();
