// Takes a screenshot of a page in headless Chromium: node scripts/screenshot.mjs URL OUT.png [width] [colorScheme]
// For looking at the demo and stories as a person would (not part of the tests).
import { chromium } from 'playwright-core';
import { findBrowser, BROWSER_ARGS, HOW_TO_GET_ONE } from './browser-path.mjs';

const [url, out = 'screenshot.png', width = '1280', scheme = 'light'] = process.argv.slice(2);
const executablePath = findBrowser();
if (!executablePath || !url) {
  console.error(url ? HOW_TO_GET_ONE : 'usage: node scripts/screenshot.mjs URL OUT.png [width] [light|dark]');
  process.exit(1);
}
const browser = await chromium.launch({ executablePath, args: BROWSER_ARGS });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
page.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning') console.log(`[${m.type()}] ${m.text()}`);
});
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(500);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
console.log(out);
