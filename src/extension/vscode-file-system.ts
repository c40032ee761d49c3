import * as vscode from 'vscode';
import { KbFileError, type DirectoryEntry, type FileStat, type KbFileSystem } from '../core/kb/file-system';

/**
 * Core's file-system interface over `vscode.workspace.fs`, so remote and
 * virtual workspaces work too. Core paths are the URI's path; the scheme and
 * authority come from the workspace folder.
 *
 * `vscode.workspace.fs` follows links and can't cap a read, so `readFile`
 * asks `stat` first: a link, a pipe or device (`Unknown`), or a file over the
 * limit is refused before a byte is read.
 */
export function vscodeFileSystem(base: vscode.Uri): KbFileSystem {
  const at = (path: string) => base.with({ path });
  return {
    async readFile(path, options = {}) {
      try {
        const stat = await vscode.workspace.fs.stat(at(path));
        if (stat.type & vscode.FileType.SymbolicLink || !(stat.type & vscode.FileType.File)) {
          throw new KbFileError('not-a-file', `${path} is not a regular file`);
        }
        if (options.maxBytes !== undefined && stat.size > options.maxBytes) throw new KbFileError('too-large', `${path} is ${stat.size} bytes`, stat.size);
        const bytes = await vscode.workspace.fs.readFile(at(path));
        if (options.maxBytes !== undefined && bytes.length > options.maxBytes) throw new KbFileError('too-large', `${path} is ${bytes.length} bytes`, bytes.length);
        return bytes;
      } catch (error) {
        throw fileError(error, path);
      }
    },
    async readDirectory(path) {
      try {
        const entries = await vscode.workspace.fs.readDirectory(at(path));
        return entries.map(([name, type]): DirectoryEntry => ({ name, kind: kindOf(type) }));
      } catch (error) {
        throw fileError(error, path);
      }
    },
    async stat(path): Promise<FileStat | undefined> {
      try {
        const stat = await vscode.workspace.fs.stat(at(path));
        const kind = stat.type & vscode.FileType.SymbolicLink ? 'symlink' : kindOf(stat.type);
        return { kind, size: stat.size };
      } catch {
        return undefined;
      }
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

function fileError(error: unknown, path: string): KbFileError {
  if (error instanceof KbFileError) return error;
  if (error instanceof vscode.FileSystemError) {
    if (error.code === 'FileNotFound' || error.code === 'FileNotADirectory') return new KbFileError('not-found', `${path} not found`);
    if (error.code === 'FileIsADirectory') return new KbFileError('not-a-file', `${path} is not a regular file`);
    if (error.code === 'NoPermissions') return new KbFileError('unreadable', 'permission denied');
  }
  return new KbFileError('unreadable', error instanceof Error ? error.message : String(error));
}
