// Debian's chromium, headless, driven by the pinned playwright-core from the build folder.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const CHROMIUM = process.env.SEOLINT_CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

/// Exits 77 (CTest: skipped, never passed) when there is no chromium to drive.
function requireChromium() {
  try {
    fs.accessSync(CHROMIUM, fs.constants.X_OK);
  } catch {
    console.log(`SKIP: ${CHROMIUM} not found (Debian: apt-get install chromium); no browser check ran`);
    process.exit(77);
  }
}

/// A browser with a fresh profile (--user-data-dir) that may load file: URLs only; close() removes the profile.
async function launch(driverDir, viewport = { width: 1280, height: 900 }) {
  const { chromium } = require(path.join(path.resolve(driverDir), 'node_modules', 'playwright-core'));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'seolint-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: ARGS, viewport,
  });
  const requests = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    return url.startsWith('file:') ? route.continue() : route.abort();
  });
  return {
    context,
    requests,  // every URL the pages asked for
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

function fileUrl(p) { return 'file://' + path.resolve(p).split('/').map(encodeURIComponent).join('/'); }

module.exports = { requireChromium, launch, fileUrl };
