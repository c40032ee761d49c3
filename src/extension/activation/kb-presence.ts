import * as vscode from 'vscode';
import { CONFIG_FILE } from '../../core/kb/config-file';
import { findConfigRoot } from '../../core/kb/scan';
import { SEARCH_EXCLUDE } from '../contributions';
import { vscodeFileSystem } from '../vscode-file-system';

/**
 * Whether a knowledge base can be in this window, and why (for the log); undefined when not.
 * Answers as the registry (kb-registry.ts) finds KBs: a `.support-kb.yml` in a workspace folder
 * or below it, or above it (a folder inside a KB); or, while `supportKb.workspaceFolderAsKb` is
 * `frontMatter`, a workspace folder with a Markdown document that has front matter — known only
 * from the documents open, so that one is asked about the moment it opens (onKbChance).
 * In that order: the open documents cost nothing; one search (~0.1 s in code-server) finds a
 * KB at or below a folder, where nearly all are; the walk up to the root comes last, as its
 * `stat`s through vscode.workspace.fs took 0.1–3 s each while code-server was starting.
 */
export async function kbPresence(): Promise<string | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) return undefined;
  const document = vscode.workspace.textDocuments.find(mayBeKbDocument);
  if (document) return `${vscode.workspace.asRelativePath(document.uri)} has front matter`;
  // A workspace whose file system has no search (some virtual ones) finds nothing this way.
  const [config] = await vscode.workspace.findFiles(`**/${CONFIG_FILE}`, SEARCH_EXCLUDE, 1).then(undefined, () => []);
  if (config) return `${vscode.workspace.asRelativePath(config)} is in the workspace`;
  for (const folder of folders) {
    const root = await findConfigRoot(vscodeFileSystem(folder.uri), folder.uri.path).catch(() => undefined);
    if (root !== undefined) return `${CONFIG_FILE} is in ${root}, above the workspace folder`;
  }
  return undefined;
}

/**
 * A Markdown document of a workspace folder that starts like front matter, while such folders
 * count as KBs. Looser than the parser on purpose (a `---` line is enough): a false yes only loads
 * the features, which then find no document; a false no would leave a KB unchecked.
 */
export function mayBeKbDocument(document: vscode.TextDocument): boolean {
  if (document.languageId !== 'markdown' || !document.lineAt(0).text.replace(/^\uFEFF/, '').startsWith('---')) return false;
  if (!vscode.workspace.getWorkspaceFolder(document.uri)) return false;
  return vscode.workspace.getConfiguration('supportKb').get<string>('workspaceFolderAsKb', 'frontMatter') === 'frontMatter';
}

/**
 * Calls `recheck` after every event that can make a KB appear in a window that had none: a
 * `.support-kb.yml` created, folders added, the setting changed, a document with front matter
 * opened or given some (its first line typed).
 */
export function onKbChance(recheck: () => void): vscode.Disposable {
  const configs = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`, false, true, true);
  return vscode.Disposable.from(
    configs,
    configs.onDidCreate(recheck),
    vscode.workspace.onDidChangeWorkspaceFolders(recheck),
    vscode.workspace.onDidChangeConfiguration((event) => event.affectsConfiguration('supportKb.workspaceFolderAsKb') && recheck()),
    vscode.workspace.onDidOpenTextDocument((document) => mayBeKbDocument(document) && recheck()),
    vscode.workspace.onDidChangeTextDocument(({ document }) => mayBeKbDocument(document) && recheck()),
  );
}
