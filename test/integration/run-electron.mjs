#!/usr/bin/env node
// Runs the same vscode-API integration suite in desktop VS Code (Electron) with @vscode/test-electron.
// It downloads VS Code from Microsoft's update server, so it needs internet access (and a display,
// e.g. `xvfb-run -a`, on a Linux machine without one); where that is missing use
// run-code-server.mjs, which runs the suite in code-server with the same VS Code version.
//
//   node test/integration/run-electron.mjs [--tests FILE] [--workspace DIR] [--untrusted]   (after `node esbuild.js`)
// The options are those of run-code-server.mjs; `--untrusted` keeps workspace trust on and never
// grants it (Restricted Mode). Not run on the development machine, which can't download VS Code.
import testElectron from '@vscode/test-electron';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CACHE_DIR, KB_SAMPLE_DIR, REPO_ROOT, UNTRUSTED_SETTINGS, VSCODE_VERSION } from '../vscode-server/config.mjs';
import { createRunDir } from '../vscode-server/run-dir.mjs';

const { runTests } = testElectron;
const { values: options } = parseArgs({
  options: {
    tests: { type: 'string' },
    workspace: { type: 'string', default: KB_SAMPLE_DIR },
    untrusted: { type: 'boolean', default: false },
  },
});
const testsPath = path.resolve(options.tests ?? path.join(REPO_ROOT, 'out', 'test', 'integration', 'index.js'));

async function main() {
  const started = Date.now();
  for (const file of [path.join(REPO_ROOT, 'dist', 'extension.js'), testsPath]) {
    if (!fs.existsSync(file)) throw new Error(`${path.relative(REPO_ROOT, file)} is missing — run \`node esbuild.js\` first`);
  }
  const runDir = createRunDir('electron');
  const workspace = runDir.copyWorkspace(path.resolve(options.workspace));
  if (options.untrusted) runDir.addUserSettings(UNTRUSTED_SETTINGS);
  const resultFile = path.join(runDir.root, 'result.json');
  let exitCode = 0;
  try {
    await runTests({
      version: VSCODE_VERSION,
      cachePath: CACHE_DIR,
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath: testsPath,
      extensionTestsEnv: { ...runDir.env(), SUPPORT_KB_TEST_RESULT_FILE: resultFile },
      launchArgs: [
        workspace,
        '--user-data-dir', runDir.userData,
        '--extensions-dir', runDir.extensions,
        '--disable-extensions',
        ...(options.untrusted ? [] : ['--disable-workspace-trust']),
        '--skip-welcome',
        '--skip-release-notes',
        '--disable-gpu',
        '--no-sandbox',
      ],
    });
  } catch (err) {
    exitCode = 1;
    console.error(`\nVS Code ${VSCODE_VERSION} (Electron) test run failed: ${err.message ?? err}`);
  }
  let counts;
  try {
    counts = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
  } catch {
    exitCode = 1;
  }
  const elapsed = `${((Date.now() - started) / 1000).toFixed(1)} s`;
  if (counts) console.log(`\nIntegration (electron ${VSCODE_VERSION}, ${elapsed}): ${counts.passes} passed, ${counts.failures} failed`);
  else console.error(`\nIntegration (electron ${VSCODE_VERSION}, ${elapsed}): the suite reported no counts`);
  if (exitCode === 0) runDir.remove();
  else console.error(`run folder kept: ${path.relative(REPO_ROOT, runDir.root)}`);
  process.exit(exitCode);
}

main().catch((err) => {
  console.error(`\nElectron integration run failed: ${err.message}`);
  process.exit(1);
});
