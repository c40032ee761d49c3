// Child processes of the harness: run-to-completion commands, and long-lived process groups
// (code-server) that are stopped as a whole. Only node builtins.
import { spawn } from 'node:child_process';
import fs from 'node:fs';

/**
 * Runs a command to completion. Output goes to `logFile` (with a tail printed on failure) or is
 * inherited. Rejects with the exit code / signal in the message.
 */
export function runCommand(command, args, { cwd, env, logFile, label = command, heartbeatMs = 30_000, log = console.log } = {}) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const out = logFile ? fs.openSync(logFile, 'w') : 'inherit';
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', out, out] });
    const heartbeat = logFile && heartbeatMs
      ? setInterval(() => log(`  … ${label} still running (${Math.round((Date.now() - started) / 1000)} s, log: ${logFile})`), heartbeatMs)
      : undefined;
    const finish = (error) => {
      clearInterval(heartbeat);
      if (typeof out === 'number') fs.closeSync(out);
      if (!error) return resolve();
      if (logFile) error.message += `\n--- last lines of ${logFile} ---\n${tail(logFile, 40)}`;
      reject(error);
    };
    child.on('error', (err) => finish(new Error(`${label}: cannot start ${command}: ${err.message}`)));
    child.on('exit', (code, signal) => {
      if (code === 0) finish();
      else finish(new Error(`${label} failed (${signal ? `signal ${signal}` : `exit code ${code}`})`));
    });
  });
}

export function tail(file, lines) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** True while any process of the group `pgid` is alive. */
export function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/** Polls `condition` every `intervalMs` until it is true; false when `timeoutMs` passes first. */
export async function pollUntil(condition, { timeoutMs, intervalMs = 50 }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/**
 * Stops a whole process group: SIGTERM, wait up to `graceMs`, then SIGKILL and wait again.
 * Signalling only the leader would leave helpers (code-server's extension host etc.) running.
 */
export async function killGroup(pgid, { graceMs = 5_000 } = {}) {
  if (!groupAlive(pgid)) return;
  signalGroup(pgid, 'SIGTERM');
  if (await pollUntil(() => !groupAlive(pgid), { timeoutMs: graceMs })) return;
  signalGroup(pgid, 'SIGKILL');
  if (!(await pollUntil(() => !groupAlive(pgid), { timeoutMs: 5_000 }))) {
    throw new Error(`process group ${pgid} survived SIGKILL`);
  }
}

export function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch (err) {
    if (err.code !== 'ESRCH') throw err;
  }
}

/**
 * Runs `cleanup` once on Ctrl+C, SIGTERM or SIGHUP, then exits with the signal's conventional
 * code. (Process groups started by startCodeServer are also killed on a plain exit.)
 */
export function onShutdown(cleanup) {
  let done = false;
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
    process.on(signal, async () => {
      if (done) return;
      done = true;
      console.error(`\n${signal}: shutting down…`);
      try {
        await cleanup();
      } catch (err) {
        console.error(`cleanup failed: ${err.message}`);
      }
      process.exit(code);
    });
  }
}
