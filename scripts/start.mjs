#!/usr/bin/env node
// `npm start`: open kb-sample in a real VS Code with this extension.
//   - installs the npm packages when node_modules is missing, then builds (node esbuild.js);
//   - with `code` on PATH: `code --extensionDevelopmentPath=<repo> kb-sample`;
//   - otherwise (or with --code-server): the pinned code-server on 127.0.0.1 (port 8080 or the
//     next free one, no auth) with the extension linked into its own extensions folder; prints the
//     URL and runs until Ctrl+C, then stops code-server's whole process group.
// Rebuild with `npm run watch` in another terminal and run "Developer: Reload Window" to pick up
// changes. Only node builtins until the packages are installed.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { hasCommand } from '../test/vscode-server/ensure-tools.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const KB_SAMPLE = path.join(ROOT, 'kb-sample');
const { values: options } = parseArgs({
  options: {
    'code-server': { type: 'boolean', default: false },
    port: { type: 'string', default: '8080' },
  },
});

function step(title, command, args) {
  console.log(`• ${title}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${title} failed (${result.error?.message ?? `exit code ${result.status}`})`);
    process.exit(1);
  }
}


if (!fs.existsSync(path.join(ROOT, 'node_modules'))) step('npm ci (node_modules is missing)', 'npm', ['ci', '--no-audit', '--no-fund']);
step('build (node esbuild.js)', process.execPath, ['esbuild.js']);
if (!fs.existsSync(KB_SAMPLE)) {
  console.error(`${KB_SAMPLE} does not exist`);
  process.exit(1);
}

if (hasCommand('code') && !options['code-server']) {
  console.log('• code --extensionDevelopmentPath=. kb-sample');
  const child = spawn('code', [`--extensionDevelopmentPath=${ROOT}`, KB_SAMPLE], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 1));
} else {
  await startCodeServer();
}

async function startCodeServer() {
  const { ensureTools } = await import('../test/vscode-server/ensure-tools.mjs');
  const { startCodeServer: start } = await import('../test/vscode-server/code-server.mjs');
  const { createRunDir } = await import('../test/vscode-server/run-dir.mjs');
  const { EXTENSION_FOLDER_NAME } = await import('../test/vscode-server/config.mjs');
  console.log(hasCommand('code') ? '• using code-server (--code-server)' : '• `code` is not on PATH: using code-server');
  const tools = await ensureTools();
  const runDir = createRunDir('start');
  runDir.linkExtension(ROOT, EXTENSION_FOLDER_NAME);

  let server;
  let stopping = false;
  const shutdown = async (code) => {
    if (stopping) return;
    stopping = true;
    console.log('\nstopping code-server…');
    await server?.stop();
    runDir.remove();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  process.on('SIGHUP', () => void shutdown(0));

  server = await start({ tools, runDir, folder: KB_SAMPLE, port: Number(options.port) });
  console.log(`\nkb-sample is open in VS Code (code-server, extension from ${ROOT}):\n\n  ${server.workbenchUrl()}\n`);
  console.log(`code-server log: ${path.relative(ROOT, server.logFile)}`);
  console.log('Press Ctrl+C to stop.');
  const { code, signal } = await server.exited;
  if (!stopping) {
    console.error(`code-server exited by itself (${signal ?? `code ${code}`}); see the log above`);
    await shutdown(1);
  }
}
