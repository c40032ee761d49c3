import { closeSync, constants, fstatSync, openSync, promises as fs, readSync } from 'node:fs';
import { KbFileError, type DirectoryEntry, type KbFileSystem } from '../core';

/**
 * Opened without following a link at the end of the path, and without
 * blocking: opening a named pipe for reading waits for a writer forever.
 */
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/**
 * Core's file-system interface over Node's fs. Paths are absolute POSIX paths.
 *
 * Files are read with synchronous calls: the CLI has nothing else to do while
 * it reads, and each asynchronous call is a round trip through libuv's thread
 * pool. Reading a file takes five of them (open, fstat, read, the read that
 * finds the end, close); on the 10k-document KB that was ~2.2 s of a 9.3 s
 * `lint` (CPU profile, 2026-12-08, busy machine).
 */
export const nodeFileSystem: KbFileSystem = {
  async readFile(path, options = {}) {
    let fd: number;
    try {
      fd = openSync(path, OPEN_FLAGS);
    } catch (error) {
      throw fileError(error, path);
    }
    try {
      const stat = fstatSync(fd);
      if (!stat.isFile()) throw new KbFileError('not-a-file', `${path} is not a regular file`);
      const max = options.maxBytes ?? Infinity;
      if (stat.size > max) throw new KbFileError('too-large', `${path} is ${stat.size} bytes`, stat.size);
      // Read at most one byte past the limit: a file that grew since fstat still can't flood memory.
      const bytes = readUpTo(fd, Math.min(max + 1, Math.max(stat.size, 0) + 1));
      if (bytes.length > max) throw new KbFileError('too-large', `${path} is over ${max} bytes`, bytes.length);
      return bytes;
    } catch (error) {
      throw fileError(error, path);
    } finally {
      closeSync(fd);
    }
  },
  async readDirectory(path) {
    try {
      const entries = await fs.readdir(path, { withFileTypes: true });
      return entries.map((e): DirectoryEntry => ({ name: e.name, kind: e.isFile() ? 'file' : e.isDirectory() ? 'directory' : 'other' }));
    } catch (error) {
      throw fileError(error, path);
    }
  },
  async stat(path) {
    const stat = await fs.lstat(path).catch(() => undefined);
    if (!stat) return undefined;
    return { kind: stat.isSymbolicLink() ? 'symlink' : stat.isFile() ? 'file' : stat.isDirectory() ? 'directory' : 'other', size: stat.size };
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

/** Reads until the end of the file or `limit` bytes, whichever comes first. */
function readUpTo(fd: number, limit: number): Uint8Array {
  const buffer = Buffer.alloc(limit);
  let length = 0;
  while (length < limit) {
    const bytesRead = readSync(fd, buffer, length, limit - length, length);
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  return buffer.subarray(0, length);
}

function fileError(error: unknown, path: string): KbFileError {
  if (error instanceof KbFileError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new KbFileError('not-found', `${path} not found`);
    case 'ELOOP': // O_NOFOLLOW met a link
    case 'EISDIR':
    case 'ENXIO': // a socket
      return new KbFileError('not-a-file', `${path} is not a regular file`);
    case 'EACCES':
    case 'EPERM':
      return new KbFileError('unreadable', 'permission denied');
    default:
      return new KbFileError('unreadable', code ?? (error as Error).message);
  }
}
