#!/usr/bin/env node
// `npm test`: everything, in order, stopping at the first failure.
//   npm packages → build → typecheck → unit tests → property tests at full size → hostile inputs → real-VS-Code tools →
//   integration suites in code-server (kb-sample, a folder inside it, a folder without a KB, Restricted Mode) →
//   the VSIX (npm run package) → e2e in Chromium against the installed VSIX.
// Each step's output is streamed as it comes; a summary with per-step timing follows, and the last
// line is "N passed, N failed" over the unit, integration and e2e tests. Only node builtins: this
// runs before node_modules may exist.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** Counts from node:test's spec reporter ("ℹ pass 12", "ℹ fail 0", "ℹ cancelled 0"). */
function nodeTestCounts(output) {
  const last = (label) => {
    const all = [...output.matchAll(new RegExp(`^ℹ ${label} (\\d+)$`, 'gm'))];
    return all.length ? Number(all.at(-1)[1]) : undefined;
  };
  const passed = last('pass');
  const failed = last('fail');
  if (passed === undefined || failed === undefined) return undefined;
  return { passed, failed: failed + (last('cancelled') ?? 0) };
}

/** Counts from run-code-server.mjs's closing line "Integration (…): N passed, N failed". */
function integrationCounts(output) {
  const m = [...output.matchAll(/^Integration \([^)]*\): (\d+) passed, (\d+) failed/gm)].at(-1);
  return m ? { passed: Number(m[1]), failed: Number(m[2]) } : undefined;
}

function npmPackagesStale() {
  const lock = path.join(ROOT, 'package-lock.json');
  const modules = path.join(ROOT, 'node_modules');
  if (!fs.existsSync(modules)) return 'node_modules is missing';
  // npm writes node_modules/.package-lock.json at every install: the time of the last one.
  const installed = path.join(modules, '.package-lock.json');
  const installedAt = fs.statSync(fs.existsSync(installed) ? installed : modules).mtimeMs;
  if (fs.existsSync(lock) && fs.statSync(lock).mtimeMs > installedAt) return 'package-lock.json is newer than node_modules';
  return undefined;
}

const steps = [
  {
    name: 'npm packages',
    skip: () => (npmPackagesStale() ? undefined : 'node_modules is up to date'),
    command: () => {
      console.log(`(${npmPackagesStale()})`);
      return [npm, ['ci', '--no-audit', '--no-fund']];
    },
  },
  { name: 'build', command: () => [process.execPath, ['esbuild.js']] },
  { name: 'typecheck', command: () => [npx, ['tsc', '--noEmit', '-p', '.']] },
  { name: 'unit tests', command: () => [npm, ['run', '--silent', 'test:unit']], counts: nodeTestCounts },
  // The same property tests at their full size (`test:unit` runs a sample of each; test/unit/helpers/fuzz.ts).
  { name: 'property tests, full size', command: () => [npm, ['run', '--silent', 'test:fuzz']], counts: nodeTestCounts },
  // Each hostile input through the built CLI in a child process with a time and heap watchdog.
  {
    name: 'hostile inputs',
    command: () => [process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', 'test/hostile/hostile.test.ts']],
    counts: nodeTestCounts,
  },
  { name: 'real-VS-Code tools', command: () => [process.execPath, ['test/vscode-server/ensure-tools.mjs']] },
  { name: 'integration (code-server)', command: () => [process.execPath, ['test/integration/run-code-server.mjs']], counts: integrationCounts },
  {
    name: 'integration, a folder inside a KB (code-server)',
    command: () => [process.execPath, ['test/integration/run-code-server.mjs', '--open', 'faq', '--tests', 'out/test/integration/nested.js']],
    counts: integrationCounts,
  },
  {
    name: 'integration, a folder without a KB (code-server)',
    command: () => [process.execPath, ['test/integration/run-code-server.mjs', '--workspace', 'test/integration/fixtures/markdown-workspace', '--tests', 'out/test/integration/no-kb.js']],
    counts: integrationCounts,
  },
  {
    name: 'integration, Restricted Mode with a hostile KB (code-server)',
    command: () => [
      process.execPath,
      ['test/integration/run-code-server.mjs', '--untrusted', '--workspace', 'test/integration/fixtures/hostile-workspace', '--tests', 'out/test/integration/untrusted.js'],
    ],
    counts: integrationCounts,
  },
  // What users install: production bundles in the VSIX, which the e2e suite installs into code-server.
  { name: 'package (VSIX)', command: () => [npm, ['run', '--silent', 'package']] },
  { name: 'e2e (Chromium, the installed VSIX)', command: () => [process.execPath, ['--test', '--test-reporter=spec', 'test/e2e/']], counts: nodeTestCounts },
];

let current;
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    interrupted = true;
    // The child stops its own servers and browsers on the signal; wait for it to finish.
    current?.kill(signal);
  });
}

// Temp files of the steps (tsx's compile cache, for one) stay in the git-ignored cache folder.
const TMP = path.join(ROOT, '.vscode-test', 'tmp');
fs.mkdirSync(TMP, { recursive: true });

/** Runs a command, streaming its output, and resolves with its exit code and stdout+stderr. */
function run(command, args) {
  return new Promise((resolve) => {
    let output = '';
    // npm and npx of the steps keep their debug logs there too, not in ~/.npm/_logs.
    const env = { ...process.env, TMPDIR: TMP, npm_config_logs_dir: path.join(ROOT, '.vscode-test', 'npm-logs') };
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env });
    current = child;
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.on('error', (err) => {
      output += err.message;
      console.error(`cannot start ${command}: ${err.message}`);
    });
    child.on('close', (code, signal) => {
      current = undefined;
      // Counts are read from plain text, whatever colours a tool chose to print.
      resolve({ code: code ?? (signal ? 128 : 1), output: output.replace(/\x1b\[[0-9;]*m/g, '') });
    });
  });
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const results = [];
const totals = { passed: 0, failed: 0 };
const started = Date.now();
let failedStep;

for (const step of steps) {
  if (interrupted) break;
  const skipped = step.skip?.();
  if (skipped) {
    results.push({ name: step.name, status: 'skipped', detail: skipped, ms: 0 });
    continue;
  }
  console.log(`\n━━ ${step.name} ${'━'.repeat(Math.max(3, 60 - step.name.length))}`);
  const stepStarted = Date.now();
  const [command, args] = step.command();
  const { code, output } = await run(command, args);
  const ms = Date.now() - stepStarted;
  let detail = '';
  let ok = code === 0 && !interrupted;
  if (step.counts) {
    const counts = step.counts(output);
    if (counts) {
      totals.passed += counts.passed;
      totals.failed += counts.failed;
      detail = `${counts.passed} passed, ${counts.failed} failed`;
      if (counts.passed + counts.failed === 0) {
        ok = false;
        detail = 'no tests ran';
      }
      // A runner that fails without a failed test (a crash, a broken hook) still counts once.
      if (!ok && counts.failed === 0) totals.failed += 1;
    } else {
      ok = false;
      totals.failed += 1;
      detail = 'could not read the test counts';
    }
  } else if (!ok) {
    totals.failed += 1; // a failed build or typecheck is a failure of the run
  }
  if (!ok && !detail) detail = interrupted ? 'interrupted' : `exit code ${code}`;
  results.push({ name: step.name, status: ok ? 'ok' : 'FAILED', detail, ms });
  console.log(`── ${step.name}: ${ok ? 'ok' : 'FAILED'}${detail ? ` (${detail})` : ''} in ${seconds(ms)}`);
  if (!ok) {
    failedStep = step.name;
    break;
  }
}

console.log('\n━━ summary ' + '━'.repeat(52));
const width = Math.max(...steps.map((s) => s.name.length));
for (const step of steps) {
  const r = results.find((x) => x.name === step.name);
  const status = r ? r.status : 'not run';
  const time = r && r.status !== 'skipped' ? seconds(r.ms).padStart(8) : ''.padStart(8);
  console.log(`  ${step.name.padEnd(width)}  ${status.padEnd(7)} ${time}${r?.detail ? `  ${r.detail}` : ''}`);
}
console.log(`  ${'total'.padEnd(width)}  ${''.padEnd(7)} ${seconds(Date.now() - started).padStart(8)}`);
if (interrupted) console.log('\ninterrupted');
else if (failedStep) console.log(`\nstopped at the first failure: ${failedStep}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(failedStep || interrupted ? 1 : 0);
