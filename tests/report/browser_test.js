// The HTML report of a real run, opened in headless chromium: its summary counts match the SARIF of the
// same run, filtering by rule hides the other findings, a hostile post stays text, nothing is fetched,
// and it fits a phone's width. Saves screenshots (and a PDF print) in OUT_DIR.
//   node browser_test.js SEOLINT SOURCE_DIR DRIVER_DIR OUT_DIR [SHARED_DIR]
'use strict';
const assert = require('assert');
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { requireChromium, launch, fileUrl } = require('./browser');

const [seolint, source, driver, out, shared = ''] = process.argv.slice(2);
if (!out) {
  console.error('usage: node browser_test.js SEOLINT SOURCE_DIR DRIVER_DIR OUT_DIR [SHARED_DIR]');
  process.exit(2);
}
requireChromium();

// Corpus pages with findings of every rule; used when the team's shared corpus is beside the project.
const CORPUS = ['trafilatura-autosprint.ch-pistenstopp.html', 'trafilatura-harddecor.at.denkmaler.html',
  'trafilatura-ukbdnews.com.23646.html', 'trafilatura-helge.at.mahu.html', 'trafilatura-hr-innovation.org.enterprise.html',
  'trafilatura-smava.de.privatkredit.html'];
const HOSTILE_TITLE = '<script>alert(1)</script>';

let passed = 0, failed = 0;
async function check(name, fn) {
  try {
    await fn();
    ++passed;
    console.log('ok   ' + name);
  } catch (e) {
    ++failed;
    console.log('FAIL ' + name + '\n     ' + String(e && e.stack || e).split('\n').join('\n     '));
  }
}

/// Runs seolint in the source folder (relative paths, as in CI); findings exit 1.
function seolintRun(args) {
  try {
    execFileSync(seolint, args, { cwd: source, stdio: ['ignore', 'ignore', 'pipe'] });
    return 0;
  } catch (e) {
    if (e.status === 1) return 1;
    throw new Error(`seolint ${args.join(' ')} exited ${e.status}: ${e.stderr}`);
  }
}

(async () => {
  fs.mkdirSync(out, { recursive: true });
  const inputs = ['fixtures/example/hancock-health-fr-50288.json', 'tests/report/hostile.json'];
  const corpusDir = shared && path.join(shared, 'corpus', 'html');
  if (corpusDir && fs.existsSync(corpusDir)) {
    for (const name of CORPUS) if (fs.existsSync(path.join(corpusDir, name))) inputs.push(path.join(corpusDir, name));
    console.log(`inputs: the seed, the hostile post and ${inputs.length - 2} corpus pages`);
  } else {
    console.log('inputs: the seed and the hostile post only (no shared corpus here: the corpus part did not run)');
  }
  const html = path.join(out, 'report.html'), sarif = path.join(out, 'report.sarif');
  assert.strictEqual(seolintRun(['--format', 'html', '-o', html, ...inputs]), 1);
  assert.strictEqual(seolintRun(['--format', 'sarif', '-o', sarif, ...inputs]), 1);
  const results = JSON.parse(fs.readFileSync(sarif, 'utf8')).runs[0].results;
  const byLevel = { error: 0, warning: 0, note: 0 }, byRule = {};
  for (const r of results) { byLevel[r.level]++; byRule[r.ruleId] = (byRule[r.ruleId] || 0) + 1; }

  const browser = await launch(driver, { width: 1280, height: 900 });
  const page = await browser.context.newPage();
  const dialogs = [], errors = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const t0 = Date.now();
  await page.goto(fileUrl(html));
  await page.waitForSelector('#post-list details.post');
  console.log(`opened in ${Date.now() - t0} ms (${results.length} findings)`);

  await check('summary counts by severity match the SARIF results\' levels', async () => {
    const shown = await page.$$eval('[data-summary-severity]', (rows) =>
      Object.fromEntries(rows.map((r) => [r.dataset.summarySeverity, +r.dataset.count])));
    assert.deepStrictEqual(shown, byLevel);
  });
  await check('summary counts by rule match the SARIF results\' rule ids', async () => {
    const shown = await page.$$eval('[data-summary-rule]', (rows) =>
      Object.fromEntries(rows.map((r) => [r.dataset.summaryRule, +r.dataset.count])));
    assert.deepStrictEqual(shown, byRule);
  });
  await check('the list starts with every finding', async () => {
    assert.strictEqual(+(await page.getAttribute('#status', 'data-findings')), results.length);
  });

  // The rule with the fewest findings, so the others are many.
  const rule = Object.keys(byRule).sort((a, b) => byRule[a] - byRule[b])[0];
  await check(`filtering by rule ${rule} shows its ${byRule[rule]} findings and hides the other ${results.length - byRule[rule]}`, async () => {
    await page.selectOption('#filter-rule', rule);
    await page.waitForFunction((n) => +document.getElementById('status').dataset.findings === n, byRule[rule]);
    await page.click('#expand-all');
    const rules = await page.$$eval('#post-list .finding', (els) => els.map((e) => e.dataset.rule));
    assert.ok(rules.length > 0, 'no finding is shown');
    assert.deepStrictEqual([...new Set(rules)], [rule]);
    assert.strictEqual(rules.length, byRule[rule]);
    await page.click('#filter-reset');
    await page.waitForFunction((n) => +document.getElementById('status').dataset.findings === n, results.length);
  });

  await check('the hostile post\'s title is shown as text, its javascript: link is no link, and no script from it ran', async () => {
    await page.fill('#filter-text', 'alert(1)');
    await page.waitForFunction(() => document.querySelectorAll('#post-list details.post').length === 1);
    await page.click('#expand-all');
    assert.strictEqual(await page.textContent('#post-list .post-title'), HOSTILE_TITLE);
    const values = await page.$$eval('#post-list .value-text', (els) => els.map((e) => e.textContent));
    assert.ok(values.some((v) => v.includes('"><img src=x onerror=alert(1)>')), 'the hostile value is not shown as text');
    const body = await page.textContent('#post-list .post-body');
    assert.ok(body.includes('javascript:alert(1)'), 'the javascript: address is not shown as text');
    const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href')));
    for (const href of hrefs) assert.match(href, /^(#|https?:\/\/)/i, `a link to ${href}`);
    const live = await page.$$eval('#post-list a.live', (as) => as.length);
    assert.strictEqual(live, 0, 'the hostile post has a live-page link');
    assert.strictEqual(await page.$$eval('img', (els) => els.length), 0, 'an <img> element exists');
    assert.strictEqual(await page.$$eval('script', (els) => els.length), 2, 'scripts other than the report\'s own');
    assert.deepStrictEqual(dialogs, [], 'a dialog opened');
    await page.screenshot({ path: path.join(out, 'report-hostile.png') });
    await page.click('#filter-reset');
  });

  await check('the live-page links are the posts\' http(s) addresses', async () => {
    await page.click('#expand-all');
    const live = await page.$$eval('#post-list a.live', (as) => as.map((a) => a.href));
    assert.ok(live.length > 0);
    for (const href of live) assert.match(href, /^https?:\/\//);
  });

  await check('the page made no request but for itself, and raised no error', async () => {
    assert.deepStrictEqual([...new Set(browser.requests)], [fileUrl(html)]);
    assert.deepStrictEqual(errors, []);
    assert.deepStrictEqual(dialogs, []);
  });

  await check('screenshots at 1280x900 and at a phone\'s 390 pixels, which need no sideways scrolling', async () => {
    await page.click('#collapse-all');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(out, 'report-desktop.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.click('#expand-all');
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 390, `the page is ${wide} pixels wide at 390`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(out, 'report-phone.png') });
    await page.screenshot({ path: path.join(out, 'report-phone-full.png'), fullPage: true });
  });

  await check('printing shows every post opened, without the filters', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const posts = await page.$$eval('#post-list details.post', (ds) => ds.map((d) => d.open));
    assert.ok(posts.length > 0 && posts.every(Boolean), 'a post is closed in print');
    assert.strictEqual(await page.isVisible('#filters'), false);
    await page.pdf({ path: path.join(out, 'report.pdf') });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
  });

  await browser.close();
  console.log(`screenshots in ${out}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(1); });
