import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage();
const url = process.argv[2];
for (const q of process.argv.slice(3)) {
  await p.goto(url + 'search/?q=' + encodeURIComponent(q));
  await p.waitForFunction(() => { const s = document.querySelector('[data-search-status]')?.textContent ?? ''; return s && !s.startsWith('Loading'); });
  const hrefs = await p.locator('[data-search-results] a[data-result-link]').evaluateAll((ls) => ls.map((l) => l.getAttribute('href')));
  console.log(q, '|', await p.locator('[data-search-status]').textContent(), '\n  ', hrefs.join('\n   '));
}
await b.close();
