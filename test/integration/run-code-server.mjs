#!/usr/bin/env node
// Runs the vscode-API integration suite (out/test/integration/index.js, built by `node esbuild.js`)
// inside a real VS Code: code-server's server + web workbench in headless Debian Chromium, with the
// extension loaded from this repo as a development extension, on a fresh copy of kb-sample.
//
// The server ignores --extensionTestsPath; the web client takes it from the URL's `payload` when
// the server runs with `--vscode-option enable-smoke-test-driver`, and reports the test output
// through window.codeAutomationLog and the exit code through window.codeAutomationExit.
//
//   node test/integration/run-code-server.mjs [--extension DIR] [--tests FILE] [--workspace DIR] [--open SUBDIR] [--untrusted]
//   env SUPPORT_KB_INTEGRATION_TIMEOUT_MS (default 300000), SUPPORT_KB_KEEP_RUN=1 keeps the run
//   folder (kept anyway on failure), SUPPORT_KB_DEBUG=1 prints stack traces of harness errors
import fs from 'node:fs';
import path from 'node:path';
import { format, parseArgs } from 'node:util';
import { launchBrowser } from '../vscode-server/browser.mjs';
import { startCodeServer } from '../vscode-server/code-server.mjs';
import { KB_SAMPLE_DIR, REPO_ROOT, RESULTS_DIR, UNTRUSTED_SETTINGS } from '../vscode-server/config.mjs';
import { ensureTools } from '../vscode-server/ensure-tools.mjs';
import { createRunDir } from '../vscode-server/run-dir.mjs';
import { onShutdown, tail } from '../vscode-server/processes.mjs';

/** index.ts prints these around mocha's output, the second with the counts. */
const START_MARKER = 'SUPPORT_KB_MOCHA_START';
const RESULT_MARKER = 'SUPPORT_KB_MOCHA_RESULT ';
/**
 * Workbench messages that reach codeAutomationLog while mocha runs: "[AccountPolicyGate] …" lines
 * and the extension gallery's failed look-ups (no network), with their stack traces.
 */
const WORKBENCH_NOISE = /^\[[\w .:-]+\] |^getaddrinfo ENOTFOUND /;


const { values: options } = parseArgs({
  options: {
    extension: { type: 'string', default: REPO_ROOT },
    tests: { type: 'string' },
    workspace: { type: 'string', default: KB_SAMPLE_DIR },
    // Open this folder of the workspace copy instead of its root (a folder inside a KB).
    open: { type: 'string' },
    // Workspace trust on and never granted: the workspace opens in Restricted Mode.
    untrusted: { type: 'boolean', default: false },
  },
});
const extensionPath = path.resolve(options.extension);
const testsPath = path.resolve(options.tests ?? path.join(REPO_ROOT, 'out', 'test', 'integration', 'index.js'));
const timeoutMs = Number(process.env.SUPPORT_KB_INTEGRATION_TIMEOUT_MS ?? 300_000);

function checkBuilt() {
  const manifest = JSON.parse(fs.readFileSync(path.join(extensionPath, 'package.json'), 'utf8'));
  const main = path.join(extensionPath, manifest.main ?? '');
  const missing = [main, testsPath].filter((f) => !fs.existsSync(f));
  if (missing.length) {
    throw new Error(`not built: ${missing.map((f) => path.relative(REPO_ROOT, f)).join(', ')} missing — run \`node esbuild.js\` first`);
  }
}

/** Stops what the run started; replaced once there is something to stop. */
let cleanup = async () => {};
/** The run folder (logs, workspace copy) is removed after a passing run and kept otherwise. */
let keepRun = process.env.SUPPORT_KB_KEEP_RUN === '1';
/** Set on Ctrl+C / SIGTERM: the signal handler cleans up and exits, main() only steps aside. */
let interrupted = false;

async function main() {
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  checkBuilt();
  const tools = await ensureTools();
  const runDir = createRunDir('integration');
  const copy = runDir.copyWorkspace(path.resolve(options.workspace));
  const workspace = options.open ? path.join(copy, options.open) : copy;
  let server;
  let browser;
  cleanup = async () => {
    await browser?.close().catch(() => {});
    await server?.stop();
    if (!keepRun) runDir.remove();
    else console.error(`run folder kept: ${path.relative(REPO_ROOT, runDir.root)}`);
  };
  onShutdown(() => {
    interrupted = true;
    return cleanup();
  });

  if (options.untrusted) runDir.addUserSettings(UNTRUSTED_SETTINGS);
  server = await startCodeServer({ tools, runDir, folder: workspace, smokeTestDriver: true, workspaceTrust: options.untrusted });
  console.log(`code-server ${server.baseUrl} ready (${elapsed()}); workspace: ${path.relative(REPO_ROOT, workspace)}`);
  browser = await launchBrowser({ executablePath: tools.chromium, runDir });
  const { page } = browser;

  // Everything the workbench logs goes to logs/workbench.log; mocha's output (between the
  // markers) also to this terminal. Failing before mocha starts prints the log's tail instead.
  const workbenchLog = path.join(runDir.logs, 'workbench.log');
  let counts;
  let mochaRunning = false;
  let settle;
  const outcome = new Promise((resolve) => (settle = resolve));
  await page.exposeFunction('codeAutomationLog', (level, args) => {
    const text = format(...(Array.isArray(args) ? args : [args]));
    fs.appendFileSync(workbenchLog, `[${level}] ${text}\n`);
    if (WORKBENCH_NOISE.test(text)) return;
    for (const line of text.split('\n')) {
      if (line === START_MARKER) {
        mochaRunning = true;
      } else if (line.startsWith(RESULT_MARKER)) {
        counts = JSON.parse(line.slice(RESULT_MARKER.length));
        mochaRunning = false;
      } else if (mochaRunning) {
        (level === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
      }
    }
  });
  await page.exposeFunction('codeAutomationExit', (code) => settle({ kind: 'exit', code }));
  page.on('crash', () => settle({ kind: 'failure', message: 'the browser tab crashed' }));
  page.on('pageerror', (err) => fs.appendFileSync(path.join(runDir.logs, 'page-errors.log'), `${err.stack ?? err}\n`));
  server.exited.then(({ code, signal }) => settle({ kind: 'failure', message: `code-server exited (${signal ?? `code ${code}`})` }));
  const timer = setTimeout(() => settle({ kind: 'timeout' }), timeoutMs);

  const url = server.workbenchUrl({
    payload: [
      ['extensionDevelopmentPath', server.remoteUri(extensionPath)],
      ['extensionTestsPath', server.remoteUri(testsPath)],
    ],
  });
  await page.goto(url);
  const result = await outcome;
  clearTimeout(timer);
  if (interrupted) return;

  let exitCode;
  if (result.kind === 'exit') {
    exitCode = result.code;
  } else {
    exitCode = 1;
    keepRun = true;
    const shot = path.join(RESULTS_DIR, 'integration', `${result.kind}.png`);
    fs.mkdirSync(path.dirname(shot), { recursive: true });
    await page.screenshot({ path: shot }).catch(() => {});
    console.error(
      result.kind === 'timeout'
        ? `\nThe integration suite did not finish within ${timeoutMs / 1000} s (SUPPORT_KB_INTEGRATION_TIMEOUT_MS).`
        : `\nThe integration run broke off: ${result.message}.`,
    );
    console.error(`Screenshot: ${path.relative(REPO_ROOT, shot)}; logs kept in ${path.relative(REPO_ROOT, runDir.root)}`);
  }
  if (exitCode !== 0) {
    keepRun = true;
    if (!counts) console.error(`--- last lines of ${path.relative(REPO_ROOT, workbenchLog)} ---\n${tail(workbenchLog, 40)}`);
  }
  await cleanup();
  if (counts) {
    console.log(`\nIntegration (code-server, ${elapsed()}): ${counts.passes} passed, ${counts.failures} failed${counts.pending ? `, ${counts.pending} skipped` : ''}`);
  } else {
    console.error(`\nIntegration (code-server, ${elapsed()}): the suite reported no counts`);
    exitCode ||= 1;
  }
  process.exit(exitCode);
}

main().catch(async (err) => {
  if (interrupted) return;
  keepRun = true;
  console.error(`\nIntegration run failed: ${process.env.SUPPORT_KB_DEBUG ? err.stack : err.message}`);
  await cleanup().catch((e) => console.error(`cleanup failed: ${e.message}`));
  process.exit(1);
});
