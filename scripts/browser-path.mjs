// Finds a Chromium or Chrome binary for tests, Storybook tests and the bench.
// SEBAYA_CHROME (or CHROME_PATH) wins; otherwise the usual install locations are tried.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export function findBrowser() {
  const fromEnv = process.env.SEBAYA_CHROME || process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((p) => existsSync(p));
}

/** Flags that keep headless Chromium quiet and off the network (see TOOLCHAIN.md). */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export const HOW_TO_GET_ONE = `No Chromium or Chrome was found.
Install one, then run the command again:
  Debian/Ubuntu:  sudo apt-get install -y chromium
  Fedora:         sudo dnf install chromium
  macOS:          brew install --cask chromium   (or install Google Chrome)
  Windows:        install Google Chrome
Or point SEBAYA_CHROME at the browser binary, e.g.
  SEBAYA_CHROME=/opt/google/chrome/chrome npm test`;
