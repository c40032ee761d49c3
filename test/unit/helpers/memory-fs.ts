import { KbFileError, type DirectoryEntry, type FileStat, type KbFileSystem } from '../../../src/core';

/** What a path holds besides plain files: a link (to any path), a pipe or device, or an error when read. */
export type MemoryEntry = string | Uint8Array | { readonly link: string } | { readonly special: 'fifo' } | { readonly error: KbFileError };

/**
 * An in-memory KbFileSystem: `files` maps absolute POSIX paths to text or
 * bytes, links, special files and read errors. It keeps the contract of the
 * real adapters: reads refuse links, special files and files over `maxBytes`.
 */
export function memoryFileSystem(files: Record<string, MemoryEntry>): KbFileSystem {
  const entries = new Map(Object.entries(files).map(([p, c]) => [p, typeof c === 'string' ? new TextEncoder().encode(c) : c]));
  const dirs = new Set<string>();
  for (const path of entries.keys()) {
    for (let at = path.lastIndexOf('/'); at > 0; at = path.lastIndexOf('/', at - 1)) dirs.add(path.slice(0, at));
  }
  const kindAt = (path: string): FileStat['kind'] | undefined => {
    const entry = entries.get(path);
    if (entry === undefined) return dirs.has(path) ? 'directory' : undefined;
    if (entry instanceof Uint8Array) return 'file';
    if ('link' in entry) return 'symlink';
    if ('error' in entry) return dirs.has(path) ? 'directory' : 'file';
    return 'other';
  };
  return {
    async readFile(path, options = {}) {
      const entry = entries.get(path);
      if (entry === undefined) throw new KbFileError(dirs.has(path) ? 'not-a-file' : 'not-found', `${path} not found`);
      if (!(entry instanceof Uint8Array)) {
        if ('error' in entry) throw entry.error;
        throw new KbFileError('not-a-file', `${path} is not a regular file`);
      }
      if (options.maxBytes !== undefined && entry.length > options.maxBytes) throw new KbFileError('too-large', `${path} is too large`, entry.length);
      return entry;
    },
    async readDirectory(path) {
      const entry = entries.get(path);
      if (entry && !(entry instanceof Uint8Array) && 'error' in entry) throw entry.error;
      if (!dirs.has(path)) throw new KbFileError('not-found', `${path} not found`);
      const names = new Map<string, DirectoryEntry['kind']>();
      for (const p of [...entries.keys(), ...dirs]) {
        if (!p.startsWith(`${path}/`)) continue;
        const rest = p.slice(path.length + 1);
        const name = rest.split('/')[0];
        const kind = kindAt(`${path}/${name}`);
        names.set(name, kind === 'directory' ? 'directory' : kind === 'file' ? 'file' : 'other');
      }
      return [...names].map(([name, kind]) => ({ name, kind }));
    },
    async stat(path) {
      const kind = kindAt(path);
      if (!kind) return undefined;
      const entry = entries.get(path);
      return { kind, size: entry instanceof Uint8Array ? entry.length : 0 };
    },
    async exists(path) {
      return entries.has(path) || dirs.has(path);
    },
  };
}
