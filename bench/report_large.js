#!/usr/bin/env node
// How fast the HTML report of a large run is written, opened and filtered: seolint writes the report of N posts
// (the seed with its id, slug and link changed, as NDJSON, as tests/report/large_test.js builds it), then
// Debian's headless chromium opens it and filters it by its rarest rule. Measures and records, never asserts:
// the numbers go to stdout and to a Markdown file to paste into bench/RESULTS.md. See bench/README.md.
//
//   bench/report_large.js [--seolint BIN] [--posts N] [--runs N] [--cache DIR] [--driver DIR] [--markdown FILE]
//
// Exit status: 0 measured; 1 a run failed (seolint crashed, the page did not list the posts); 2 it could not
// run (no seolint, the driver could not be installed); 77 no chromium (/usr/bin/chromium or $SEOLINT_CHROMIUM).
'use strict';
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const SEED = path.join(ROOT, 'fixtures/example/hancock-health-fr-50288.json');

function usage(message) {
  if (message) console.error(`report_large: ${message}`);
  console.error('usage: bench/report_large.js [--seolint BIN] [--posts N] [--runs N] [--cache DIR] [--driver DIR] ' +
                '[--markdown FILE]');
  process.exit(2);
}

const opts = {
  seolint: path.join(ROOT, 'build-bench/seolint'),
  posts: 10000,
  runs: 3,
  cache: path.join(process.env.TMPDIR || '/tmp', 'seolint-bench'),
  driver: '',
  markdown: '',
};
for (let i = 2; i < process.argv.length; i += 2) {
  const name = process.argv[i].replace(/^--/, ''), value = process.argv[i + 1];
  if (name === 'help' || name === 'h') usage();
  if (!(name in opts) || value === undefined) usage(`unknown option or missing value: ${process.argv[i]}`);
  opts[name] = ['posts', 'runs'].includes(name) ? +value : value;
}
if (!(opts.posts > 0) || !(opts.runs > 0)) usage('--posts and --runs take a positive number');
opts.driver = opts.driver || path.join(opts.cache, 'report-driver');
const stamp = new Date().toISOString().replace(/:\d\d\.\d+Z$/, '').replace(/[-:]/g, '').replace('T', '-');
opts.markdown = opts.markdown || path.join(opts.cache, 'results', `report-large-${stamp}.md`);

function fail(code, message) {
  console.error(`report_large: ${message}`);
  process.exit(code);
}

function git(args) {
  try {
    return execFileSync('git', ['-C', ROOT, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

function machine() {
  let cpu = 'unknown CPU';
  try {
    const m = /^model name\s*:\s*(.*)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) cpu = m[1];
  } catch { /* not Linux */ }
  return `${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}`;
}

const load = () => os.loadavg()[0].toFixed(2);
const ms = (ns) => Number(ns) / 1e6;
const fmt = (x) => x.toLocaleString('en-US', { maximumFractionDigits: 0 });
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };

(async () => {
  if (!fs.existsSync(opts.seolint)) fail(2, `${opts.seolint} not found: build it (bench/run does) or give --seolint BIN`);
  // tests/report/browser.js: Debian's chromium with the pinned playwright-core; exits 77 without chromium.
  const { requireChromium, launch, fileUrl } = require(path.join(ROOT, 'tests/report/browser'));
  requireChromium();
  try {
    execFileSync('bash', [path.join(ROOT, 'tests/report/install-driver.sh'), opts.driver], { stdio: 'inherit' });
  } catch {
    fail(2, `could not install the browser driver into ${opts.driver}`);
  }

  const work = path.join(opts.cache, `report-large-${opts.posts}`);
  fs.mkdirSync(work, { recursive: true });
  fs.mkdirSync(path.dirname(path.resolve(opts.markdown)), { recursive: true });
  const input = path.join(work, 'posts.ndjson'), html = path.join(work, 'report.html');
  const seed = JSON.parse(fs.readFileSync(SEED, 'utf8'));
  const lines = [];
  for (let i = 0; i < opts.posts; ++i) {
    const id = 100000 + i, slug = `${seed.slug}-${i}`;
    lines.push(JSON.stringify({ ...seed, id, slug, link: seed.link.replace(seed.slug, slug) }));
  }
  fs.writeFileSync(input, lines.join('\n') + '\n');
  const loadStart = load();

  // seolint: wall time from spawn to exit, the input in the page cache (read once before).
  spawnSync(opts.seolint, ['--format', 'html', '-o', html, input], { stdio: 'ignore' });
  const write = [];
  for (let r = 0; r < opts.runs; ++r) {
    const t = process.hrtime.bigint();
    const run = spawnSync(opts.seolint, ['--format', 'html', '-o', html, input], { stdio: ['ignore', 'ignore', 'inherit'] });
    write.push(ms(process.hrtime.bigint() - t));
    if (run.status !== 0 && run.status !== 1) fail(1, `seolint exited ${run.status} (signal ${run.signal})`);
  }
  const size = fs.statSync(html).size;

  // chromium: a fresh browser and profile each run; open = navigation until the first post is listed, filter =
  // choosing the rarest rule until the status line shows its count.
  const open = [], filter = [];
  let total = 0, rule = '', count = 0;
  for (let r = 0; r < opts.runs; ++r) {
    const browser = await launch(opts.driver, { width: 1280, height: 900 });
    try {
      const page = await browser.context.newPage();
      let t = process.hrtime.bigint();
      await page.goto(fileUrl(html), { timeout: 120000 });
      await page.waitForSelector('#post-list details.post', { timeout: 120000 });
      open.push(ms(process.hrtime.bigint() - t));
      total = +(await page.getAttribute('#status', 'data-findings'));
      const byRule = await page.$$eval('[data-summary-rule]', (rows) => rows.map((e) => [e.dataset.summaryRule, +e.dataset.count]));
      [rule, count] = byRule.sort((a, b) => a[1] - b[1])[0];
      t = process.hrtime.bigint();
      await page.selectOption('#filter-rule', rule);
      await page.waitForFunction((n) => +document.getElementById('status').dataset.findings === n, count, { timeout: 120000 });
      filter.push(ms(process.hrtime.bigint() - t));
    } catch (e) {
      fail(1, `the report did not open or filter: ${e.message}`);
    } finally {
      await browser.close();
    }
  }
  fs.rmSync(input);

  const both = open.map((o, i) => o + filter[i]);
  const row = (what, xs) => `| ${what} | ${fmt(Math.min(...xs))} | ${fmt(median(xs))} | ${xs.map(fmt).join(', ')} |`;
  const commit = git(['rev-parse', '--short', 'HEAD']) + (git(['status', '--porcelain', '--untracked-files=no']) ? '-dirty' : '');
  const version = spawnSync(opts.seolint, ['--version'], { encoding: 'utf8' }).stdout.trim().split('\n')[0];
  const now = new Date().toISOString().replace(/:\d\d\.\d+Z$/, ' UTC').replace('T', ' ');
  const md = [
    `### HTML report of ${fmt(opts.posts)} posts, ${now}, commit ${commit || 'unknown'}`,
    '',
    `Date: ${now}. Commit: ${commit || 'unknown'}. ${version}, \`${opts.seolint}\`.  `,
    `Machine: ${machine()}; load average ${loadStart} at the start, ${load()} at the end.  `,
    `Input: ${fmt(opts.posts)} posts (the seed, ids, slugs and links changed), NDJSON; the report: ` +
      `${(size / 2 ** 20).toFixed(1)} MiB, ${fmt(total)} findings.  `,
    `Browser: ${process.env.SEOLINT_CHROMIUM || '/usr/bin/chromium'} headless, 1280x900, a fresh profile each run; ` +
      `${opts.runs} runs of each, in milliseconds (wall clock).`,
    '',
    '| measurement | fastest ms | median ms | runs ms |',
    '|---|---:|---:|---|',
    row('seolint writes the report (`--format html -o FILE`, start to exit)', write),
    row('chromium opens it (navigation until the first post is listed)', open),
    row(`filter by the rarest rule, \`${rule}\` (${fmt(count)} findings), until the count shows`, filter),
    row('open and filter together', both),
    '',
  ].join('\n');
  fs.writeFileSync(opts.markdown, md);
  console.log(md);
  console.log(`Written to ${opts.markdown}`);
})().catch((e) => fail(1, e.stack || String(e)));
