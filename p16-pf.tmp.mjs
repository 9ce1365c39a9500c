import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage();
await p.goto('http://127.0.0.1:4716/search/');
const queries = process.argv.slice(2);
const out = await p.evaluate(async (queries) => {
  const pf = await import('/pagefind/pagefind.js');
  await pf.options({ baseUrl: '/', noWorker: true });
  await pf.init();
  const res = {};
  for (const q of queries) {
    const r = await pf.search(q);
    const rows = [];
    for (const x of r.results.slice(0, 4)) { const d = await x.data(); const w = d.content.split(/\s+/); rows.push([d.url, x.score.toFixed(2), x.words.slice(0,6).map(l => w[l])]); }
    res[q] = { n: r.results.length, rows };
  }
  return res;
}, queries);
for (const [q, v] of Object.entries(out)) console.log(q, JSON.stringify(v));
await b.close();
