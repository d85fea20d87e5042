// A large run stays usable: the HTML report of 10,000 posts with findings (the seed with its id, slug and
// link changed, as NDJSON) opens in headless chromium, and a filter by rule shows that rule's findings only.
// Nothing here is timed: how fast it opens and filters is measured by bench/report_large.js, not asserted.
//   node large_test.js SEOLINT SOURCE_DIR DRIVER_DIR OUT_DIR [POSTS]
'use strict';
const assert = require('assert');
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { requireChromium, launch, fileUrl } = require('./browser');

const [seolint, source, driver, out, postsArg = '10000'] = process.argv.slice(2);
if (!out) {
  console.error('usage: node large_test.js SEOLINT SOURCE_DIR DRIVER_DIR OUT_DIR [POSTS]');
  process.exit(2);
}
requireChromium();
const posts = +postsArg;

(async () => {
  fs.mkdirSync(out, { recursive: true });
  const seed = JSON.parse(fs.readFileSync(path.join(source, 'fixtures/example/hancock-health-fr-50288.json'), 'utf8'));
  const input = path.join(out, 'large.ndjson'), html = path.join(out, 'large.html');
  const lines = [];
  for (let i = 0; i < posts; ++i) {
    const id = 100000 + i, slug = `${seed.slug}-${i}`;
    lines.push(JSON.stringify({ ...seed, id, slug, link: seed.link.replace(seed.slug, slug) }));
  }
  fs.writeFileSync(input, lines.join('\n') + '\n');
  try {
    execFileSync(seolint, ['--format', 'html', '-o', html, input], { stdio: ['ignore', 'ignore', 'inherit'] });
  } catch (e) {
    assert.strictEqual(e.status, 1, `seolint exited ${e.status}`);
  }
  const size = fs.statSync(html).size;
  console.log(`seolint wrote the report of ${posts} posts (${(size / 1048576).toFixed(1)} MiB)`);

  const browser = await launch(driver, { width: 1280, height: 900 });
  const page = await browser.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(fileUrl(html), { timeout: 60000 });
  await page.waitForSelector('#post-list details.post', { timeout: 60000 });
  const total = +(await page.getAttribute('#status', 'data-findings'));
  const postsListed = +(await page.getAttribute('#status', 'data-posts'));
  const bySeverity = await page.$$eval('[data-summary-severity]', (rows) => rows.map((r) => +r.dataset.count));
  const byRule = await page.$$eval('[data-summary-rule]', (rows) => rows.map((r) => [r.dataset.summaryRule, +r.dataset.count]));
  const [rule, count] = byRule.sort((a, b) => a[1] - b[1])[0];

  await page.selectOption('#filter-rule', rule);
  await page.waitForFunction((n) => +document.getElementById('status').dataset.findings === n, count, { timeout: 60000 });
  await page.click('#expand-all');
  const rules = await page.$$eval('#post-list .finding', (els) => [...new Set(els.map((e) => e.dataset.rule))]);
  await browser.close();

  console.log(`opened with ${total} findings; filtered by ${rule} (${count} findings)`);
  let failed = 0;
  const check = (ok, what) => { console.log((ok ? 'ok   ' : 'FAIL ') + what); if (!ok) ++failed; };
  check(total > posts && postsListed >= posts, `every post has findings: ${total} findings, ${postsListed} entries for ${posts} posts`);
  check(bySeverity.reduce((a, b) => a + b, 0) === total, `the summary by severity adds up to the ${total} findings listed`);
  check(errors.length === 0, 'no script error' + (errors.length ? ': ' + errors.join('; ') : ''));
  check(rules.length === 1 && rules[0] === rule, `the filtered page shows only ${rule}`);
  fs.rmSync(input);
  console.log(`${4 - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(1); });
