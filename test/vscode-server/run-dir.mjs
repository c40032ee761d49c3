// A run folder under .vscode-test/runs/: everything one harness run writes (temp files, XDG
// folders, VS Code user data, extensions, browser profile, logs, the workspace copy).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CACHE_DIR, KB_SAMPLE_DIR, RUNS_DIR, USER_SETTINGS } from './config.mjs';

/**
 * Chromium puts its SingletonSocket at $TMPDIR/org.chromium.Chromium.XXXXXX/SingletonSocket and
 * aborts ("Socket path too long") past the 107 bytes of a Unix socket path; VS Code's IPC sockets
 * go to XDG_RUNTIME_DIR. Temp and runtime folders whose path is longer than this are moved to the
 * system temp folder (a repo cloned deep); otherwise they stay inside .vscode-test/.
 */
const MAX_SOCKET_DIR = 50;
const SOCKET_DIRS = path.join(CACHE_DIR, 'tmp');
/** Where a run folder notes its temp/socket folder, so that removing the run removes both. */
const SOCKET_DIR_NOTE = 'socket-dir.txt';

/**
 * Creates `.vscode-test/runs/<kind>-<pid>/`. Folders of earlier runs whose process is gone are
 * removed first (a run deletes its own folder on success and keeps it for inspection on failure,
 * until the next run).
 */
export function createRunDir(kind) {
  removeStaleRuns();
  const root = path.join(RUNS_DIR, `${kind}-${process.pid}`);
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(root, { recursive: true });
  let socketDir = path.join(SOCKET_DIRS, `${kind}-${process.pid}`);
  if (socketDir.length > MAX_SOCKET_DIR) {
    // Not os.tmpdir(): TMPDIR may itself point into the deep .vscode-test/ (scripts/test.mjs).
    socketDir = fs.mkdtempSync(path.join(process.platform === 'win32' ? os.tmpdir() : '/tmp', 'support-kb-'));
  }
  fs.writeFileSync(path.join(root, SOCKET_DIR_NOTE), socketDir);
  const dirs = {
    root,
    tmp: path.join(socketDir, 't'),
    xdgConfig: path.join(root, 'xdg', 'config'),
    xdgCache: path.join(root, 'xdg', 'cache'),
    xdgData: path.join(root, 'xdg', 'data'),
    xdgRuntime: path.join(socketDir, 'r'),
    userData: path.join(root, 'user-data'),
    extensions: path.join(root, 'extensions'),
    browserProfile: path.join(root, 'browser-profile'),
    logs: path.join(root, 'logs'),
    workspaces: path.join(root, 'workspaces'),
  };
  for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), `${JSON.stringify(USER_SETTINGS, null, 2)}\n`);
  return {
    ...dirs,
    /** Environment that keeps a child's temp files, sockets and caches inside this run folder. */
    env(base = process.env) {
      const env = { ...base };
      // Variables of an enclosing VS Code (integrated terminal) would confuse the child.
      for (const key of Object.keys(env)) if (key.startsWith('VSCODE_') || key.startsWith('ELECTRON_')) delete env[key];
      return {
        ...env,
        TMPDIR: dirs.tmp,
        XDG_CONFIG_HOME: dirs.xdgConfig,
        XDG_CACHE_HOME: dirs.xdgCache,
        XDG_DATA_HOME: dirs.xdgData,
        XDG_RUNTIME_DIR: dirs.xdgRuntime,
      };
    },
    /** Merges settings into the run's user settings.json. */
    addUserSettings(settings) {
      const file = path.join(dirs.userData, 'User', 'settings.json');
      const current = JSON.parse(fs.readFileSync(file, 'utf8'));
      fs.writeFileSync(file, `${JSON.stringify({ ...current, ...settings }, null, 2)}\n`);
    },
    /** Points this process's own temp files (playwright's artifacts) into the run folder. */
    adoptForThisProcess() {
      process.env.TMPDIR = dirs.tmp;
    },
    /** Copies kb-sample (or `source`) to a fresh folder of this run and returns its path. */
    copyWorkspace(source = KB_SAMPLE_DIR, name = path.basename(source)) {
      if (!fs.existsSync(source)) throw new Error(`workspace source ${source} does not exist`);
      const target = path.join(dirs.workspaces, name);
      fs.rmSync(target, { recursive: true, force: true });
      fs.cpSync(source, target, { recursive: true });
      return target;
    },
    /** Links an extension folder into the extensions dir as <publisher>.<name>-<version>. */
    linkExtension(extensionPath, folderName) {
      fs.symlinkSync(extensionPath, path.join(dirs.extensions, folderName), 'dir');
    },
    remove() {
      removeRun(root);
    },
  };
}

/** Removes a run folder and its temp/socket folder (wherever that lives). */
function removeRun(root) {
  const note = path.join(root, SOCKET_DIR_NOTE);
  if (fs.existsSync(note)) fs.rmSync(fs.readFileSync(note, 'utf8').trim(), { recursive: true, force: true });
  fs.rmSync(root, { recursive: true, force: true });
}

function removeStaleRuns() {
  if (!fs.existsSync(RUNS_DIR)) return;
  for (const name of fs.readdirSync(RUNS_DIR)) {
    const pid = Number(name.match(/-(\d+)$/)?.[1]);
    if (!pid || pid === process.pid || isAlive(pid)) continue;
    removeRun(path.join(RUNS_DIR, name));
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}
