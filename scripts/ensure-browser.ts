/**
 * Before the browser tests: find a Chromium, or install Debian's when we can (root with apt), or
 * stop with one line saying what to install.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from '../tests/e2e/browser.ts';

const found = findChromium();
if (found) {
  console.log(`Browser: ${found}`);
  process.exit(0);
}
const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (canApt) {
  console.log('No Chromium found: installing Debian’s chromium package (about 20 s)…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const installed = findChromium();
  if (installed) {
    console.log(`Browser: ${installed}`);
    process.exit(0);
  }
}
console.error(
  'No Chromium found. Install one, then run the tests again: `sudo apt-get install chromium` (Debian, Ubuntu) or `npx playwright install chromium`.',
);
process.exit(1);
