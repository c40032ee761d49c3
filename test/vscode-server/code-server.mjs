// Starts and stops code-server (VS Code server + web workbench) for one folder, isolated in a run
// folder: own user data, extensions, settings, temp and XDG folders, a free port on 127.0.0.1.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { groupAlive, killGroup, pollUntil, runCommand, signalGroup, tail } from './processes.mjs';

export const HOST = '127.0.0.1';

/** A free TCP port on 127.0.0.1: `preferred` when it is free, else the next free one above it. */
export async function findFreePort(preferred = 0) {
  if (!preferred) return listenOnce(0);
  for (let port = preferred; port < preferred + 100; port++) {
    try {
      return await listenOnce(port);
    } catch (err) {
      if (err.code !== 'EADDRINUSE' && err.code !== 'EACCES') throw err;
    }
  }
  throw new Error(`no free port in ${preferred}–${preferred + 99}`);
}

function listenOnce(port) {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(port, HOST, () => {
      const { port: bound } = server.address();
      server.close(() => resolve(bound));
    });
  });
}

function httpStatus(url) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: 1_000 }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
  });
}

/**
 * Installs a VSIX into the run's extensions folder as a user would (`code-server
 * --install-extension`), for a server started with the same run folder. Resolves with the folder
 * VS Code unpacked it into.
 * @param {object} options
 * @param {{nodeBin: string, codeServerEntry: string}} options.tools   from ensureTools()
 * @param {ReturnType<import('./run-dir.mjs').createRunDir>} options.runDir
 * @param {string} options.vsix
 */
export async function installExtension({ tools, runDir, vsix }) {
  const before = new Set(fs.readdirSync(runDir.extensions));
  const env = runDir.env();
  env.PATH = `${path.dirname(tools.nodeBin)}${path.delimiter}${env.PATH}`;
  await runCommand(
    tools.nodeBin,
    [tools.codeServerEntry, '--user-data-dir', runDir.userData, '--extensions-dir', runDir.extensions, '--install-extension', vsix],
    { cwd: runDir.root, env, logFile: path.join(runDir.logs, 'install-extension.log'), label: `code-server --install-extension ${path.basename(vsix)}`, heartbeatMs: 0 },
  );
  const added = fs.readdirSync(runDir.extensions).filter((name) => !before.has(name) && !name.startsWith('.') && name !== 'extensions.json');
  if (added.length !== 1) throw new Error(`installing ${vsix} added ${added.length ? added.join(', ') : 'nothing'} to ${runDir.extensions}`);
  return path.join(runDir.extensions, added[0]);
}

/**
 * @param {object} options
 * @param {{nodeBin: string, codeServerEntry: string}} options.tools   from ensureTools()
 * @param {ReturnType<import('./run-dir.mjs').createRunDir>} options.runDir
 * @param {string} options.folder          folder the workbench opens by default
 * @param {number} [options.port]          preferred port (default: any free port)
 * @param {boolean} [options.smokeTestDriver]  lets the web client take extensionTestsPath from the URL payload
 * @param {boolean} [options.workspaceTrust]   keep workspace trust on (the folder then opens in Restricted Mode)
 * @param {'log'|'inherit'} [options.output]   code-server output to runDir/logs/code-server.log, or to this terminal
 * @param {number} [options.startTimeoutMs]
 */
export async function startCodeServer({ tools, runDir, folder, port, smokeTestDriver = false, workspaceTrust = false, output = 'log', startTimeoutMs = 60_000 }) {
  const boundPort = await findFreePort(port);
  const logFile = path.join(runDir.logs, 'code-server.log');
  const args = [
    tools.codeServerEntry,
    '--auth', 'none',
    '--bind-addr', `${HOST}:${boundPort}`,
    '--user-data-dir', runDir.userData,
    '--extensions-dir', runDir.extensions,
    '--disable-telemetry',
    '--disable-update-check',
    ...(workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--reconnection-grace-time', '30',
    ...(smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    folder,
  ];
  const out = output === 'log' ? fs.openSync(logFile, 'a') : 'inherit';
  const env = runDir.env();
  env.PATH = `${path.dirname(tools.nodeBin)}${path.delimiter}${env.PATH}`;
  // detached: the child calls setsid(), so it leads its own process group (pgid === pid) and
  // the whole group (server, extension host, helpers) can be stopped together.
  const child = spawn(tools.nodeBin, args, { env, cwd: runDir.root, detached: true, stdio: ['ignore', out, out] });
  if (typeof out === 'number') fs.closeSync(out);
  const pgid = child.pid;
  let exited = null;
  child.on('exit', (code, signal) => {
    exited = { code, signal };
  });
  // Last resort when this process ends without calling stop(): never leave the group behind.
  const onExit = () => signalGroup(pgid, 'SIGKILL');
  process.on('exit', onExit);

  const baseUrl = `http://${HOST}:${boundPort}`;
  const healthy = await pollUntil(async () => exited !== null || (await httpStatus(`${baseUrl}/healthz`)) === 200, {
    timeoutMs: startTimeoutMs,
    intervalMs: 100,
  });
  const describeLog = () => (output === 'log' ? `\n--- ${logFile} ---\n${tail(logFile, 30)}` : '');
  if (exited || !healthy) {
    await killGroup(pgid);
    process.off('exit', onExit);
    throw new Error(
      exited
        ? `code-server exited during start-up (${exited.signal ?? `code ${exited.code}`})${describeLog()}`
        : `code-server did not answer ${baseUrl}/healthz within ${startTimeoutMs / 1000} s${describeLog()}`,
    );
  }

  return {
    port: boundPort,
    baseUrl,
    pgid,
    logFile: output === 'log' ? logFile : undefined,
    /** URL of the workbench for `folder` (defaults to the folder given at start). */
    workbenchUrl({ folder: f = folder, payload } = {}) {
      const params = new URLSearchParams({ folder: f });
      if (payload) params.set('payload', JSON.stringify(payload));
      return `${baseUrl}/?${params}`;
    },
    /** A `vscode-remote://` URI for an absolute path on this machine, as the web client wants it. */
    remoteUri(absPath) {
      return `vscode-remote://${HOST}:${boundPort}${absPath.split(path.sep).map(encodeURIComponent).join('/')}`;
    },
    /** Resolves when code-server exits by itself (crash), with its exit code/signal. */
    exited: new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal }))),
    get running() {
      return groupAlive(pgid);
    },
    async stop() {
      process.off('exit', onExit);
      await killGroup(pgid);
    },
  };
}
