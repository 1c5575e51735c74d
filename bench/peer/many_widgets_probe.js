// The 1,000-widget page (BENCHMARKS.md §12) timed from outside, panel4j and Panel alike: navigation start
// until the last text shows (searched through every shadow root, as Bokeh draws into them), then clicks.
// Needs Node and playwright-core (npm); usage: node many_widgets_probe.js URL LABEL ROUNDS
const { chromium } = require('playwright-core');
const deep = `(text) => { const walk = (root) => { if ((root.body ?? root).textContent?.includes(text)) return true;
  for (const el of root.querySelectorAll('*')) { if (el.shadowRoot && walk(el.shadowRoot)) return true; } return false; };
  return walk(document); }`;
(async () => {
  const [url, label, rounds] = [process.argv[2], process.argv[3], +(process.argv[4] || 5)];
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(`window.__deep = ${deep}; window.__t = null;
    const poll = () => { if (document.body && window.__deep('text 199')) { window.__t = performance.now(); return; } setTimeout(poll, 10); }; setTimeout(poll, 10);`);
  const loads = [], patches = [];
  for (let i = 0; i <= rounds; i++) {
    await page.goto('about:blank'); await page.goto(url, { timeout: 180000 });
    await page.waitForFunction(() => window.__t !== null, null, { timeout: 120000 });
    if (i > 0) loads.push(await page.evaluate(() => window.__t));
  }
  for (let r = 1; r <= rounds + 1; r++) {
    const t = await page.evaluate(async (r) => { const t0 = performance.now();
      const buttons = (root) => [...root.querySelectorAll('button')].concat([...root.querySelectorAll('*')].flatMap(e => e.shadowRoot ? buttons(e.shadowRoot) : []));
      const btn = buttons(document).find(b => b.textContent.trim() === 'Update 100');
      btn.click();
      return await new Promise(res => { const poll = () => window.__deep('u' + r + '-99') ? res(performance.now() - t0) : setTimeout(poll, 2); poll(); }); }, r);
    if (r > 1) patches.push(t);
  }
  const med = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
  console.log(label, 'page ready (navigation -> last of 1,000 widgets shown) median', med(loads).toFixed(0), 'ms', JSON.stringify(loads.map(Math.round)),
    '| click -> 100 texts updated median', med(patches).toFixed(1), 'ms', JSON.stringify(patches.map(Math.round)));
  await browser.close();
})();
