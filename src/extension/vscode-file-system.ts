import * as vscode from 'vscode';
import type { DirectoryEntry, KbFileSystem } from '../core';

/**
 * Core's file-system interface over `vscode.workspace.fs`, so remote and
 * virtual workspaces work too. Core paths are the URI's path; the scheme and
 * authority come from the workspace folder.
 */
export function vscodeFileSystem(base: vscode.Uri): KbFileSystem {
  const at = (path: string) => base.with({ path });
  return {
    async readFile(path) {
      return vscode.workspace.fs.readFile(at(path));
    },
    async readDirectory(path) {
      const entries = await vscode.workspace.fs.readDirectory(at(path));
      return entries.map(([name, type]): DirectoryEntry => ({ name, kind: kindOf(type) }));
    },
    async exists(path) {
      try {
        await vscode.workspace.fs.stat(at(path));
        return true;
      } catch {
        return false;
      }
    },
  };
}

function kindOf(type: vscode.FileType): DirectoryEntry['kind'] {
  // Links are skipped, as Node's readdir (the CLI) does: a link to an ancestor
  // would loop, a link to a sibling would count every document twice.
  if (type & vscode.FileType.SymbolicLink) return 'other';
  if (type & vscode.FileType.Directory) return 'directory';
  if (type & vscode.FileType.File) return 'file';
  return 'other';
}
