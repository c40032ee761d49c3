import type { DirectoryEntry, KbFileSystem } from '../../../src/core';

/** An in-memory KbFileSystem: `files` maps absolute POSIX paths to text or bytes. */
export function memoryFileSystem(files: Record<string, string | Uint8Array>): KbFileSystem {
  const bytes = new Map(Object.entries(files).map(([p, c]) => [p, typeof c === 'string' ? new TextEncoder().encode(c) : c]));
  const dirs = new Set<string>();
  for (const path of bytes.keys()) {
    for (let at = path.lastIndexOf('/'); at > 0; at = path.lastIndexOf('/', at - 1)) dirs.add(path.slice(0, at));
  }
  return {
    async readFile(path) {
      const content = bytes.get(path);
      if (!content) throw new Error(`ENOENT: ${path}`);
      return content;
    },
    async readDirectory(path) {
      if (!dirs.has(path)) throw new Error(`ENOENT: ${path}`);
      const names = new Map<string, DirectoryEntry['kind']>();
      for (const p of [...bytes.keys(), ...dirs]) {
        if (!p.startsWith(`${path}/`)) continue;
        const rest = p.slice(path.length + 1);
        const name = rest.split('/')[0];
        names.set(name, rest.includes('/') || dirs.has(p) ? 'directory' : 'file');
      }
      return [...names].map(([name, kind]) => ({ name, kind }));
    },
    async exists(path) {
      return bytes.has(path) || dirs.has(path);
    },
  };
}
