/**
 * Byte budgets, measured on what a page actually requests, compressed with brotli as a static
 * host would send it. Bytes are deterministic, so this is a test; timings live in `npm run bench`.
 */
import { brotliCompressSync, constants } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';

const brotli = (body: Buffer) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

async function loaded(page: Page, path: string): Promise<{ js: number; css: number; html: number }> {
  const sizes = { js: 0, css: 0, html: 0 };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const type = response.headers()['content-type'] ?? '';
    const kind = type.includes('javascript') ? 'js' : type.includes('css') ? 'css' : type.includes('html') ? 'html' : undefined;
    if (kind) pending.push(response.body().then((body) => void (sizes[kind] += brotli(body))));
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  // Inline styles and scripts are part of the HTML figure.
  return sizes;
}

test('a guidance page loads at most 1 KB of JavaScript (brotli) until the reader searches, and at most 14 KB of HTML and CSS', async ({
  page,
}, info) => {
  const sizes = await loaded(page, '/situations/family-member-calls/');
  info.annotations.push({
    type: 'measured',
    description: `guidance page: HTML ${sizes.html} B, CSS ${sizes.css} B, JS ${sizes.js} B (brotli)`,
  });
  console.log(`guidance page: HTML ${sizes.html} B, CSS ${sizes.css} B, JS ${sizes.js} B (brotli)`);
  expect(sizes.js).toBeLessThanOrEqual(1024);
  expect(sizes.html + sizes.css).toBeLessThanOrEqual(14 * 1024);
});

test('the tool page loads at most 8 KB of JavaScript (brotli)', async ({ page }, info) => {
  const sizes = await loaded(page, '/tools/may-i-share/');
  info.annotations.push({
    type: 'measured',
    description: `tool page: HTML ${sizes.html} B, CSS ${sizes.css} B, JS ${sizes.js} B (brotli)`,
  });
  console.log(`tool page: HTML ${sizes.html} B, CSS ${sizes.css} B, JS ${sizes.js} B (brotli)`);
  expect(sizes.js).toBeLessThanOrEqual(8 * 1024);
});
