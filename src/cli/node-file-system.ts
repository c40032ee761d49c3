import { promises as fs } from 'node:fs';
import type { DirectoryEntry, KbFileSystem } from '../core';

/** Core's file-system interface over Node's fs. Paths are absolute POSIX paths. */
export const nodeFileSystem: KbFileSystem = {
  async readFile(path) {
    return fs.readFile(path);
  },
  async readDirectory(path) {
    const entries = await fs.readdir(path, { withFileTypes: true });
    return entries.map(
      (e): DirectoryEntry => ({ name: e.name, kind: e.isFile() ? 'file' : e.isDirectory() ? 'directory' : 'other' }),
    );
  },
  async exists(path) {
    try {
      await fs.access(path);
      return true;
    } catch {
      return false;
    }
  },
};
