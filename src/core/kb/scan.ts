import { CONFIG_FILE } from './config-file';
import { asFileError, type DirectoryEntry, type KbFileError, type KbFileSystem } from './file-system';
import { dirname, isMarkdownPath, joinPath, relativeTo } from './paths';

/** Folders that never hold KB documents. */
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'out']);

function isSkippedFolder(name: string): boolean {
  return name.startsWith('.') || SKIPPED_FOLDERS.has(name);
}

/**
 * Whether the scan would visit a file at this KB-relative path: a Markdown file
 * outside hidden, build and dependency folders. The editor asks this too, so
 * an opened `.github/ISSUE_TEMPLATE/bug.md` is not validated as a KB document.
 */
export function isScannedPath(relativePath: string): boolean {
  const parts = relativePath.split('/');
  return isMarkdownPath(relativePath) && !parts.slice(0, -1).some(isSkippedFolder);
}

/**
 * Markdown files of the KB rooted at `root`, sorted. Hidden folders, build and
 * dependency folders, and nested KBs (a folder with its own config) are skipped.
 */
export async function listMarkdownFiles(
  fs: KbFileSystem,
  root: string,
  isIgnored: (rel: string) => boolean,
  /** A folder that could not be listed (gone mid-walk, as in a checkout, or not readable). */
  onUnreadable?: (folder: string, error: KbFileError) => void,
): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string, isRoot: boolean): Promise<void> => {
    let entries: readonly DirectoryEntry[];
    try {
      entries = await fs.readDirectory(dir);
    } catch (error) {
      onUnreadable?.(dir, asFileError(error));
      return; // the rest of the KB still loads
    }
    if (!isRoot && entries.some((e) => e.name === CONFIG_FILE && e.kind === 'file')) return;
    const folders: string[] = [];
    for (const entry of entries) {
      const path = joinPath(dir, entry.name);
      const rel = relativeTo(root, path) ?? entry.name;
      if (entry.kind === 'directory') {
        if (!isSkippedFolder(entry.name)) folders.push(path);
      } else if (entry.kind === 'file' && isMarkdownPath(entry.name) && !isIgnored(rel)) {
        found.push(path);
      }
    }
    await Promise.all(folders.map((f) => walk(f, false)));
  };
  await walk(root, true);
  return found.sort();
}

/** The nearest folder at or above `start`, and not above `limit`, that holds `.support-kb.yml`. */
export async function findConfigRoot(fs: KbFileSystem, start: string, limit = '/'): Promise<string | undefined> {
  let dir = start;
  for (;;) {
    if (await fs.exists(joinPath(dir, CONFIG_FILE))) return dir;
    const parent = dirname(dir);
    if (dir === limit || parent === dir) return undefined;
    dir = parent;
  }
}
