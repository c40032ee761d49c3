/**
 * What core needs from a file system. Paths are absolute and POSIX-style
 * ("/home/a/kb/faq.md"); the CLI maps them to Node's fs, the extension to
 * `vscode.workspace.fs` URIs, so both run the same loading code.
 */
export interface KbFileSystem {
  readFile(path: string): Promise<Uint8Array>;
  readDirectory(path: string): Promise<readonly DirectoryEntry[]>;
  exists(path: string): Promise<boolean>;
}

export interface DirectoryEntry {
  readonly name: string;
  readonly kind: 'file' | 'directory' | 'other';
}
