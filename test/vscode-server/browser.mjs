// Debian Chromium driven by playwright-core: a persistent context on a fresh profile in the run
// folder (launch() refuses --user-data-dir), headless, without background networking.
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * @param {object} options
 * @param {string} options.executablePath  from ensureTools().chromium
 * @param {ReturnType<import('./run-dir.mjs').createRunDir>} options.runDir
 * @param {boolean} [options.headless]
 */
export async function launchBrowser({ executablePath, runDir, headless = true, viewport = { width: 1440, height: 900 } }) {
  // playwright-core keeps its own artifacts in os.tmpdir() of this process.
  runDir.adoptForThisProcess();
  const context = await chromium.launchPersistentContext(runDir.browserProfile, {
    executablePath,
    headless,
    args: CHROMIUM_ARGS,
    env: runDir.env(),
    viewport,
    // The scripts stop the browser and code-server together on a signal (processes.mjs
    // onShutdown); playwright's own handlers would exit before that cleanup ends. On a plain
    // exit playwright still kills the browser.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page, close: () => context.close() };
}
