#!/usr/bin/env node
// Makes sure the real-VS-Code tools are there: Debian Chromium, Node 24 and code-server (both from
// npm, pinned, in .vscode-test/tools/). Idempotent: a finished install leaves a marker file, so a
// warm run only checks files; a folder without its marker (an interrupted install) is wiped and
// installed again. Never skips silently: what cannot be installed stops the run with a message.
//
//   node test/vscode-server/ensure-tools.mjs     # install what is missing, print the paths
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  BUILD_PACKAGES, CACHE_DIR, CHROMIUM_CANDIDATES, CHROMIUM_PACKAGE, CODE_SERVER_VERSION,
  NODE_PACKAGE, NODE_VERSION, TOOLS_DIR,
} from './config.mjs';
import { runCommand } from './processes.mjs';

const MARKER = '.support-kb-installed.json';

/**
 * @returns {Promise<{chromium: string, nodeDir: string, nodeBin: string, codeServerEntry: string}>}
 */
export async function ensureTools({ log = console.log } = {}) {
  const nodeDir = path.join(TOOLS_DIR, `node-${NODE_VERSION}`, 'node_modules', NODE_PACKAGE);
  // Its native modules are built against this Node: a new Node version means a new folder.
  const codeServerName = `code-server-${CODE_SERVER_VERSION}-node-${NODE_VERSION}`;
  const codeServerDir = path.join(TOOLS_DIR, codeServerName, 'node_modules', 'code-server');
  const needsBuild = !isInstalled(path.dirname(path.dirname(codeServerDir)));
  ensureDebianPackages({ needsBuild, log });
  const chromium = findChromium();

  await ensureNpmTool({
    name: `node-${NODE_VERSION}`,
    spec: `${NODE_PACKAGE}@${NODE_VERSION}`,
    log,
    verify: () => {
      const version = execFileSync(path.join(nodeDir, 'bin', 'node'), ['--version'], { encoding: 'utf8' }).trim();
      if (version !== `v${NODE_VERSION}`) throw new Error(`expected node v${NODE_VERSION}, got ${version}`);
      if (!fs.existsSync(path.join(nodeDir, 'include', 'node', 'node.h'))) throw new Error('node headers (include/node) missing');
    },
  });
  const nodeBin = path.join(nodeDir, 'bin', 'node');

  let codeServerEntry;
  await ensureNpmTool({
    name: codeServerName,
    spec: `code-server@${CODE_SERVER_VERSION}`,
    log,
    note: 'builds native modules with node-gyp, ≈2 min on 2 cores; a "prebuild-install … ENOTFOUND github.com" warning in its log is expected',
    // code-server declares engines.node 24: npm's `#!/usr/bin/env node` and node-gyp must see Node 24.
    env: {
      PATH: `${path.dirname(nodeBin)}${path.delimiter}${process.env.PATH}`,
      npm_config_nodedir: nodeDir,
      JOBS: '2',
    },
    verify: () => {
      codeServerEntry = codeServerEntryOf(codeServerDir);
      const out = execFileSync(nodeBin, [codeServerEntry, '--version'], { encoding: 'utf8', env: toolEnv() });
      if (!out.includes(CODE_SERVER_VERSION)) throw new Error(`expected code-server ${CODE_SERVER_VERSION}, got: ${out.trim()}`);
    },
  });
  codeServerEntry ??= codeServerEntryOf(codeServerDir);
  return { chromium, nodeDir, nodeBin, codeServerEntry };
}

function codeServerEntryOf(dir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin['code-server'];
  return path.join(dir, bin);
}

function isInstalled(folder) {
  return fs.existsSync(path.join(folder, MARKER));
}

/** Keeps installs from writing to $HOME or /tmp. */
function toolEnv(extra = {}) {
  const tmp = path.join(CACHE_DIR, 'tmp');
  fs.mkdirSync(tmp, { recursive: true });
  // Under `npm test` the environment carries the outer npm's settings (npm_config_user_agent names
  // Node 20, and code-server's postinstall refuses to run on it): the install gets none of them.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) && key !== 'NODE' && key !== 'INIT_CWD'),
  );
  return {
    ...inherited,
    npm_config_cache: path.join(CACHE_DIR, 'npm-cache'),
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    TMPDIR: tmp,
    // `code-server --version` alone writes a config.yaml and logs under XDG_CONFIG/DATA_HOME.
    XDG_CACHE_HOME: path.join(CACHE_DIR, 'xdg', 'cache'),
    XDG_CONFIG_HOME: path.join(CACHE_DIR, 'xdg', 'config'),
    XDG_DATA_HOME: path.join(CACHE_DIR, 'xdg', 'data'),
    ...extra,
  };
}

async function ensureNpmTool({ name, spec, env = {}, verify, note, log }) {
  const folder = path.join(TOOLS_DIR, name);
  if (isInstalled(folder)) return;
  if (fs.existsSync(folder)) {
    log(`• ${name}: found an unfinished install (no marker); removing it and installing again`);
    fs.rmSync(folder, { recursive: true, force: true });
  }
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, 'package.json'), `${JSON.stringify({ name: `support-kb-tool-${name}`, private: true }, null, 2)}\n`);
  const logFile = path.join(TOOLS_DIR, `${name}.install.log`);
  log(`• installing ${spec} into ${path.relative(process.cwd(), folder) || folder}${note ? ` (${note})` : ''}`);
  const started = Date.now();
  await runCommand('npm', ['install', '--no-save', '--no-package-lock', '--loglevel=http', spec], {
    cwd: folder,
    env: toolEnv(env),
    logFile,
    label: `npm install ${spec}`,
    log,
  });
  try {
    verify();
  } catch (err) {
    throw new Error(`${spec} installed but does not work: ${err.message}\n(see ${logFile})`);
  }
  fs.writeFileSync(path.join(folder, MARKER), `${JSON.stringify({ spec, installedAt: new Date().toISOString() }, null, 2)}\n`);
  log(`  ${spec} ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function findChromium() {
  const override = process.env.SUPPORT_KB_CHROMIUM;
  if (override) {
    if (!fs.existsSync(override)) throw new Error(`SUPPORT_KB_CHROMIUM=${override} does not exist`);
    return override;
  }
  return CHROMIUM_CANDIDATES.find((p) => fs.existsSync(p));
}

function dpkgInstalled(pkg) {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .includes('install ok installed');
  } catch {
    return false;
  }
}

export function hasCommand(cmd) {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function ensureDebianPackages({ needsBuild, log }) {
  const missing = [];
  if (!findChromium()) missing.push(CHROMIUM_PACKAGE);
  if (needsBuild) {
    const hasDpkg = hasCommand('dpkg-query');
    for (const pkg of BUILD_PACKAGES) {
      const present = hasDpkg ? dpkgInstalled(pkg) : pkg === 'pkg-config' && hasCommand('pkg-config');
      if (!present) missing.push(pkg);
    }
    for (const tool of ['make', 'g++', 'python3']) if (!hasCommand(tool)) missing.push(tool === 'g++' ? 'g++' : tool);
  }
  if (missing.length === 0) return;

  const isRoot = process.getuid?.() === 0;
  if (!hasCommand('apt-get') || !isRoot) {
    throw new Error(
      `Missing system packages for the real-VS-Code tests: ${missing.join(' ')}.\n` +
        (hasCommand('apt-get')
          ? `Install them with: sudo apt-get install -y ${missing.join(' ')}`
          : `Install them with your package manager (Chromium at ${CHROMIUM_CANDIDATES[0]} or set SUPPORT_KB_CHROMIUM; ` +
            'Kerberos headers, pkg-config, make, g++ and python3 to build code-server).'),
    );
  }
  log(`• apt-get install ${missing.join(' ')} (≈30 s)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
  if (!findChromium()) throw new Error(`apt-get installed ${CHROMIUM_PACKAGE} but no Chromium binary is at ${CHROMIUM_CANDIDATES.join(' or ')}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = Date.now();
  ensureTools()
    .then((tools) => {
      console.log(`real-VS-Code tools ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      for (const [key, value] of Object.entries(tools)) console.log(`  ${key}: ${value}`);
    })
    .catch((err) => {
      console.error(`\nCannot prepare the real-VS-Code tools: ${err.message}`);
      process.exit(1);
    });
}
