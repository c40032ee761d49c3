#!/usr/bin/env node
// What activating the packaged extension costs, as VS Code measures it: installs the VSIX
// (`npm run package`) into code-server, opens a workspace in headless Chromium, opens a Markdown
// file, and reads Support KB's row in "Developer: Show Running Extensions" — VS Code's own time
// for loading dist/extension.js and running activate(). When the KB features were loaded after
// it, their log line gives what that cost (require of dist/kb-features.js, then their start).
// Each run is a fresh code-server, browser and workspace copy; with several packages the runs
// alternate between them, so that the load of a shared machine falls on each alike.
// Figures go to BENCHMARKS.md.
//
//   node scripts/activation-times.mjs [--runs 3] [--vsix FILE]...    (default: npm run package's)
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../test/vscode-server/browser.mjs';
import { installExtension, startCodeServer } from '../test/vscode-server/code-server.mjs';
import { KB_SAMPLE_DIR, REPO_ROOT, RESULTS_DIR } from '../test/vscode-server/config.mjs';
import { ensureTools } from '../test/vscode-server/ensure-tools.mjs';
import { onShutdown, pollUntil } from '../test/vscode-server/processes.mjs';
import { createRunDir } from '../test/vscode-server/run-dir.mjs';
import { VSIX_PATH, vsixProblem } from '../test/vscode-server/vsix.mjs';
import { openFile, quickPick } from '../test/vscode-server/workbench.mjs';

const { values: options } = parseArgs({ options: { runs: { type: 'string', default: '3' }, vsix: { type: 'string', multiple: true } } });
const packages = options.vsix?.map((file) => path.resolve(file)) ?? [VSIX_PATH];
for (const vsix of packages) {
  const problem = options.vsix ? (fs.existsSync(vsix) ? undefined : `${vsix} is missing`) : vsixProblem(vsix);
  if (problem) {
    console.error(problem);
    process.exit(2);
  }
}

const WORKSPACES = [
  { name: 'a folder without a KB (README.md opened)', source: path.join(REPO_ROOT, 'test/integration/fixtures/markdown-workspace'), open: 'README.md' },
  { name: 'kb-sample (faq/ru/refund-policy.md opened)', source: KB_SAMPLE_DIR, open: 'faq/ru/refund-policy.md' },
];
const UI_TIMEOUT_MS = 60_000;
/** The line features-loader.ts writes when the KB features start. */
const LOADED = /KB features loaded because (.*): require ([\d.]+) ms, start ([\d.]+) ms/;

const tools = await ensureTools();
let stop = async () => {};
onShutdown(() => stop());

const rows = [];
for (let run = 1; run <= Number(options.runs); run++) {
  for (const workspace of WORKSPACES) {
    for (const vsix of packages) {
      const result = await measure(workspace, vsix);
      const label = path.relative(process.cwd(), vsix);
      console.log(`${label}, ${workspace.name}, run ${run}: ${JSON.stringify(result)}`);
      rows.push({ vsix: label, workspace: workspace.name, ...result });
    }
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
console.log('\n| package | workspace | VS Code: load + activate(), median (all) | KB features: require, median (all) | KB features: start, median |\n|---|---|---|---|---|');
for (const vsix of new Set(rows.map((r) => r.vsix))) {
  for (const workspace of WORKSPACES) {
    const mine = rows.filter((r) => r.vsix === vsix && r.workspace === workspace.name);
    const cell = (key, all = true) => {
      const values = mine.map((r) => r[key]).filter((v) => v !== undefined);
      if (values.length === 0) return 'not loaded';
      return `${Math.round(median(values))} ms${all ? ` (${values.map(Math.round).join(', ')})` : ''}`;
    };
    console.log(`| ${vsix} | ${workspace.name} | ${cell('activationMs')} | ${cell('requireMs')} | ${cell('startMs', false)} |`);
  }
}

async function measure(workspace, vsix) {
  const runDir = createRunDir('activation');
  let server;
  let browser;
  stop = async () => {
    await browser?.close().catch(() => {});
    await server?.stop();
  };
  try {
    const folder = runDir.copyWorkspace(workspace.source);
    await installExtension({ tools, runDir, vsix });
    server = await startCodeServer({ tools, runDir, folder });
    browser = await launchBrowser({ executablePath: tools.chromium, runDir });
    const { page } = browser;
    await page.goto(server.workbenchUrl());
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: UI_TIMEOUT_MS });
    await openFile(page, workspace.open, { timeout: UI_TIMEOUT_MS });
    await quickPick(page, ['F1'], 'Developer: Show Running Extensions', 'Show Running Extensions', { timeout: UI_TIMEOUT_MS });
    const time = page.locator('.monaco-list-row', { hasText: 'Support KB' }).locator('.activation-time', { hasText: /Activation: \d+ms/ });
    await scrollToRow(page, time).catch(async (error) => {
      const shot = path.join(RESULTS_DIR, 'activation-times-failed.png');
      await page.screenshot({ path: shot });
      throw new Error(`${error.message}\nscreenshot: ${path.relative(REPO_ROOT, shot)}`);
    });
    const activationMs = Number(/(\d+)ms/.exec((await time.textContent()) ?? '')[1]);
    // The features start after activate() returns, once the look for a KB has answered.
    let loaded;
    await pollUntil(() => (loaded = LOADED.exec(readLogs(runDir.root))) !== null, { timeoutMs: 15_000, intervalMs: 200 });
    return loaded
      ? { activationMs, reason: loaded[1], requireMs: Number(loaded[2]), startMs: Number(loaded[3]) }
      : { activationMs };
  } finally {
    await stop();
    runDir.remove();
  }
}

/**
 * The list is sorted slowest first and draws only the rows in view: scroll it (the wheel over its
 * first row) until `target` is drawn.
 */
async function scrollToRow(page, target) {
  const first = page.locator('.monaco-list-row', { has: page.locator('.activation-time') }).first();
  await first.waitFor({ timeout: UI_TIMEOUT_MS });
  const box = await first.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const found = await pollUntil(
    async () => {
      if (await target.isVisible()) return true;
      await page.mouse.wheel(0, 300);
      return false;
    },
    { timeoutMs: UI_TIMEOUT_MS, intervalMs: 250 },
  );
  if (!found) throw new Error('Support KB is not among the running extensions');
}

/** Every "Support KB" output channel log of the run (VS Code writes it under the user data folder). */
function readLogs(root) {
  return fs
    .readdirSync(root, { recursive: true })
    .filter((name) => name.endsWith('Support KB.log'))
    .map((name) => fs.readFileSync(path.join(root, name), 'utf8'))
    .join('\n');
}
