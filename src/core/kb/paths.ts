/** POSIX path helpers for core (no `node:path`, so core also runs where Node does not). */
export function joinPath(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

export function dirname(path: string): string {
  const at = path.lastIndexOf('/');
  return at <= 0 ? '/' : path.slice(0, at);
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** `path` relative to `root`, or undefined when it is not inside it. */
export function relativeTo(root: string, path: string): string | undefined {
  const prefix = root.endsWith('/') ? root : `${root}/`;
  return path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
}

export function isMarkdownPath(path: string): boolean {
  return /\.(md|markdown)$/i.test(path);
}

/**
 * `relative` (a path from a KB's configuration, `/` or `\` separated) resolved
 * against `root`, or undefined when it is absolute or its `..` steps leave the
 * root. Only the text is looked at: links are the reader's business (read-inside.ts).
 */
export function resolveInside(root: string, relative: string): string | undefined {
  if (/^(?:[\\/]|[A-Za-z]:)/.test(relative)) return undefined;
  const parts: string[] = [];
  for (const part of relative.split(/[\\/]/)) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.pop() === undefined) return undefined;
    } else {
      parts.push(part);
    }
  }
  return parts.length ? joinPath(root, parts.join('/')) : undefined;
}
