#!/usr/bin/env node
// Renders media/icon.svg to media/icon.png (128×128, the size the Marketplace and VS Code's
// extension view use; vsce refuses an SVG icon) with the Chromium the real-VS-Code tests use.
//   node scripts/render-icon.mjs
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_CANDIDATES, REPO_ROOT } from '../test/vscode-server/config.mjs';

const SIZE = 128;
const svg = fs.readFileSync(path.join(REPO_ROOT, 'media', 'icon.svg'), 'utf8');
const out = path.join(REPO_ROOT, 'media', 'icon.png');

const executablePath = process.env.SUPPORT_KB_CHROMIUM ?? CHROMIUM_CANDIDATES.find((p) => fs.existsSync(p));
if (!executablePath) throw new Error(`no Chromium at ${CHROMIUM_CANDIDATES.join(' or ')}: install it (apt-get install chromium) or set SUPPORT_KB_CHROMIUM`);
const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
  await page.setContent(`<!DOCTYPE html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: out, omitBackground: true });
} finally {
  await browser.close();
}
console.log(`${path.relative(REPO_ROOT, out)}: ${fs.statSync(out).size} bytes`);
