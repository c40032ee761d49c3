import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { findConfigRoot, loadKnowledgeBase, parseQuery, type QueryFilters, type SearchHit } from '../../core';
import { ANSI, PLAIN, type Colors } from '../format-stylish';
import { nodeFileSystem } from '../node-file-system';
import { cachedIndex } from '../search-cache';
import { UsageError } from '../usage-error';
import { toPosix } from './check';

export interface SearchOptions {
  readonly query: string;
  readonly kb: string;
  readonly limit: number;
  readonly locale?: string;
  readonly channel?: string;
  readonly json: boolean;
  readonly cwd: string;
  readonly color: boolean;
  /** Where the index is kept between runs (search-cache.ts); undefined: build it afresh, keep nothing. */
  readonly cacheFolder?: string;
}

export interface JsonSearchHit {
  readonly id: string;
  readonly title: string;
  /** Relative to the current folder. */
  readonly path: string;
  readonly score: number;
}

export const SEARCH_HELP = `Usage: support-kb search QUERY [--kb DIR] [--limit N] [--locale L] [--channel C] [--json] [--no-cache]

Finds templates and FAQs in the knowledge base, best match first. QUERY may
hold filters: #tag, lang:ru, ch:sms, type:faq, kind:refusal. Russian word
forms, ё/е, typos, a half-typed last word and the wrong keyboard layout
("gfhjkm" for «пароль») are understood.

Options:
  --kb DIR       the knowledge base (default: the current folder; as for check)
  --limit N      show at most N results (default: 10)
  --locale L     only documents in this language (en also matches en-GB)
  --channel C    only documents for this channel (email, chat, sms, …)
  --json         print [{ "id", "title", "path", "score" }], best first
  --no-cache     build the index afresh and keep no copy (by default it is kept
                 in ~/.cache/support-kb, or $XDG_CACHE_HOME, for the next search)
  -h, --help     show this help

Exit codes: 0 (also when nothing is found), 2 usage error.`;

/** Runs `search`; returns the exit code, the text for stdout and notes for stderr. */
export async function runSearch(o: SearchOptions): Promise<{ code: number; output: string; notes: string }> {
  const filters = optionFilters(o);
  const dir = toPosix(path.resolve(o.cwd, o.kb));
  const stat = await fs.stat(dir).catch(() => undefined);
  if (!stat?.isDirectory()) throw new UsageError(`not a directory: ${o.kb}`);

  const configRoot = await findConfigRoot(nodeFileSystem, dir);
  const root = configRoot ?? dir;
  const kb = await loadKnowledgeBase(nodeFileSystem, root, configRoot !== undefined);
  const { index } = await cachedIndex(root, [...kb.documents()], o.cacheFolder);
  const result = index.search(o.query, { limit: o.limit, filters });

  const notes = result.messages.map((m) => `support-kb: note: ${m}\n`).join('');
  const hits = result.hits.map((h): JsonSearchHit => ({ id: h.id, title: h.title, path: relative(o.cwd, h.path), score: round(h.score) }));
  if (o.json) return { code: 0, output: `${JSON.stringify(hits, null, 2)}\n`, notes };
  return { code: 0, output: formatHits(o, result.hits, result.layoutSwapped, index.size, o.color ? ANSI : PLAIN), notes };
}

/** --locale and --channel as filters, checked the way `lang:` and `ch:` in a query are. */
function optionFilters(o: SearchOptions): Partial<QueryFilters> {
  const typed = [o.locale === undefined ? '' : `lang:${o.locale}`, o.channel === undefined ? '' : `ch:${o.channel}`].join(' ');
  const parsed = parseQuery(typed);
  if (parsed.messages.length) throw new UsageError(parsed.messages.join(' '));
  if (parsed.text) throw new UsageError(`--locale and --channel take one value each, not "${parsed.text}"`);
  return parsed.filters;
}

function formatHits(o: SearchOptions, hits: readonly SearchHit[], swapped: string | undefined, total: number, c: Colors): string {
  if (hits.length === 0) {
    return `No templates match "${o.query}" among ${total} documents. Try fewer words, or drop a filter.\n`;
  }
  const out: string[] = [];
  if (swapped !== undefined) out.push(c.dim(`Showing results for "${swapped}" (keyboard layout switched).`), '');
  const width = String(hits.length).length;
  hits.forEach((h, i) => {
    const about = [h.id, h.type, h.kind, h.locale, h.channels.join(', ')].filter(Boolean).join(' · ');
    out.push(`${String(i + 1).padStart(width)}. ${c.bold(h.title)}  ${c.dim(about)}`);
    const indent = ' '.repeat(width + 2);
    out.push(`${indent}${c.underline(relative(o.cwd, h.path))}`);
    if (h.firstLine) out.push(`${indent}${c.dim(h.firstLine)}`);
  });
  return `${out.join('\n')}\n`;
}

function relative(cwd: string, file: string): string {
  return toPosix(path.relative(cwd, file)) || file;
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
