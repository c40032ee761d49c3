/**
 * What core needs from a file system. Paths are absolute and POSIX-style
 * ("/home/a/kb/faq.md"); the CLI maps them to Node's fs, the extension to
 * `vscode.workspace.fs` URIs, so both run the same loading code.
 *
 * A KB may come from someone else (a pull request reviewed in Restricted
 * Mode), so reads are bounded: `readFile` refuses anything but a regular file
 * (a named pipe would never end, `/dev/zero` never stops giving) and anything
 * over `maxBytes`, without reading it. Adapters turn their own errors into
 * {@link KbFileError}s, so core can tell "gone" from "not readable".
 */
export interface KbFileSystem {
  /** The bytes of a regular file; rejects with a {@link KbFileError}. */
  readFile(path: string, options?: ReadOptions): Promise<Uint8Array>;
  /** Entries of a folder; symbolic links are `other`. Rejects with a {@link KbFileError}. */
  readDirectory(path: string): Promise<readonly DirectoryEntry[]>;
  /** What is at `path`, not following a symbolic link there; undefined when nothing is. */
  stat(path: string): Promise<FileStat | undefined>;
  exists(path: string): Promise<boolean>;
}

export interface ReadOptions {
  /** Larger files are refused with `too-large` before they are read. */
  readonly maxBytes?: number;
}

export interface DirectoryEntry {
  readonly name: string;
  readonly kind: 'file' | 'directory' | 'other';
}

export interface FileStat {
  readonly kind: 'file' | 'directory' | 'symlink' | 'other';
  readonly size: number;
}

export type FileErrorCode = 'not-found' | 'not-a-file' | 'too-large' | 'unreadable';

export class KbFileError extends Error {
  constructor(
    readonly code: FileErrorCode,
    message: string,
    /** The file's size, for `too-large`. */
    readonly size?: number,
  ) {
    super(message);
    this.name = 'KbFileError';
  }
}

/** A {@link KbFileError} for any rejection, so a bug in an adapter still reads as "could not be read". */
export function asFileError(error: unknown): KbFileError {
  return error instanceof KbFileError ? error : new KbFileError('unreadable', error instanceof Error ? error.message : String(error));
}
