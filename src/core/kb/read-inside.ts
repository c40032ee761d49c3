import { asFileError, type KbFileSystem } from './file-system';
import { relativeTo, resolveInside } from './paths';
import { formatSize } from './read-text';

export type InsideRead = { readonly ok: true; readonly path: string; readonly bytes: Uint8Array } | { readonly ok: false; readonly message: string; readonly notFound?: boolean };

/**
 * Reads a file that a KB's configuration names (a team rule file, the
 * configuration itself) only when it is a regular file inside the KB, reached
 * without a symbolic link, and at most `maxBytes`. A repository opened for
 * review must not make the extension read `../../etc/passwd`, a link to
 * `/etc/shadow`, or `/dev/zero` (3 GB before it died, in the issue's test).
 * `what` names the file in messages ("Rule file").
 */
export async function readInside(fs: KbFileSystem, root: string, relative: string, maxBytes: number, what: string): Promise<InsideRead> {
  const path = resolveInside(root, relative);
  const quoted = `${what} "${relative}"`;
  if (path === undefined) return { ok: false, message: `${quoted} is outside the knowledge base; it must be a file inside the KB folder.` };
  // Every step below the root: a linked folder on the way leads outside as surely as a linked file.
  const steps = relativeTo(root, path)!.split('/');
  let at = root;
  for (const [i, step] of steps.entries()) {
    at = `${at.endsWith('/') ? at : `${at}/`}${step}`;
    const stat = await fs.stat(at);
    if (!stat) return { ok: false, notFound: true, message: `${quoted} not found (paths are relative to the KB root).` };
    if (stat.kind === 'symlink') {
      return { ok: false, message: `${quoted} goes through a symbolic link (${steps.slice(0, i + 1).join('/')}); Support KB reads only regular files inside the KB.` };
    }
    const last = i === steps.length - 1;
    if (!last && stat.kind !== 'directory') return { ok: false, notFound: true, message: `${quoted} not found (paths are relative to the KB root).` };
    if (last && stat.kind !== 'file') return { ok: false, message: `${quoted} is not a regular file.` };
    if (last && stat.size > maxBytes) return { ok: false, message: `${quoted} is ${formatSize(stat.size)}; files of this kind are at most ${formatSize(maxBytes)}.` };
  }
  try {
    return { ok: true, path, bytes: await fs.readFile(path, { maxBytes }) };
  } catch (error) {
    const e = asFileError(error);
    if (e.code === 'not-found') return { ok: false, notFound: true, message: `${quoted} not found (paths are relative to the KB root).` };
    if (e.code === 'too-large') return { ok: false, message: `${quoted} is ${formatSize(e.size ?? maxBytes + 1)}; files of this kind are at most ${formatSize(maxBytes)}.` };
    if (e.code === 'not-a-file') return { ok: false, message: `${quoted} is not a regular file.` };
    return { ok: false, message: `${quoted} could not be read (${e.message}).` };
  }
}
