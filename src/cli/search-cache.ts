import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TemplateIndex, type KbDocument } from '../core';

/**
 * The search index of each KB, kept between `support-kb search` runs. Every
 * run is a new process, and building the index was most of a search's time
 * (issue 17's target: a 1,000-document KB answered in ≤ 300 ms from a cold
 * start). TemplateIndex.load takes the cache only when it was made from the
 * very documents read now (a hash of their paths and texts), so an edited,
 * added or removed file means a rebuild, never a stale answer.
 *
 * The cache lives in the user's cache folder, not in the KB, so that a search
 * never writes into a repository.
 */
export function searchCacheFolder(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform, home = os.homedir()): string {
  if (env.XDG_CACHE_HOME) return path.join(env.XDG_CACHE_HOME, 'support-kb');
  if (platform === 'win32') return path.join(env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), 'support-kb', 'cache');
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'support-kb');
  return path.join(home, '.cache', 'support-kb');
}

export interface CachedIndex {
  readonly index: TemplateIndex;
  readonly from: 'cache' | 'built';
}

/** The KB's index from the cache folder when it is current; else built, and written there for the next run. */
export async function cachedIndex(root: string, documents: readonly KbDocument[], folder: string | undefined): Promise<CachedIndex> {
  if (folder === undefined) return { index: TemplateIndex.build(documents), from: 'built' };
  const file = path.join(folder, `search-index-${createHash('sha256').update(root).digest('hex').slice(0, 16)}.json`);
  const text = await fs.readFile(file, 'utf8').catch(() => undefined);
  const cached = text === undefined ? undefined : TemplateIndex.load(text, documents);
  if (cached) return { index: cached, from: 'cache' };
  const index = TemplateIndex.build(documents);
  await write(file, index.toJSON());
  return { index, from: 'built' };
}

/**
 * Written to a temporary file and renamed, so a search running alongside reads
 * the old cache or the new one, never half of one. A cache that cannot be
 * written (a read-only home in CI) costs the next run its speed, nothing else.
 */
async function write(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(temporary, text);
    await fs.rename(temporary, file);
  } catch {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
  }
}
