// node screenshot.js DRIVER_DIR REPORT.html OUT.png [WIDTH HEIGHT]: a picture of the report's first screen,
// as used for docs/report.png (the seed and a few corpus pages, at 1280x900).
'use strict';
const { requireChromium, launch, fileUrl } = require('./browser');

(async () => {
  const [driver, report, out, width = '1280', height = '900'] = process.argv.slice(2);
  if (!out) { console.error('usage: node screenshot.js DRIVER_DIR REPORT.html OUT.png [WIDTH HEIGHT]'); process.exit(2); }
  requireChromium();
  const browser = await launch(driver, { width: +width, height: +height });
  const page = await browser.context.newPage();
  await page.goto(fileUrl(report));
  await page.waitForSelector('#post-list details.post, .all-good');
  if (process.env.SCROLL_TO) await page.locator(process.env.SCROLL_TO).first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: out, fullPage: process.env.FULL_PAGE === '1' });
  await browser.close();
})().catch((e) => { console.error(e); process.exit(1); });
