import { createHash } from 'node:crypto';
import * as vscode from 'vscode';
import { TemplateIndex, type KbDocument, type SearchHit, type TemplateSearchOptions, type TemplateSearchResult } from '../core';
import type { KbChange, KbEntry, KbRegistry } from './kb-registry';

/** A hit with the KB it came from, so the picker can reach the document. */
export interface TemplateHit extends SearchHit {
  readonly entry: KbEntry;
}

export interface TemplateResults extends Omit<TemplateSearchResult, 'hits'> {
  readonly hits: readonly TemplateHit[];
}

export type IndexState = { readonly state: 'building' } | { readonly state: 'ready'; readonly templates: number; readonly fromCache: number };

/** Index changes are written to the cache this long after the last one (typing must not write files). */
const SAVE_DELAY_MS = 5_000;

/**
 * One search index per KB, built in the background after the KB loads (from
 * the cache in the extension's storage when it still matches the documents),
 * then kept current one document at a time as files change. Nothing waits for
 * it: until it is ready the picker says so and retries.
 */
export class TemplateSearch implements vscode.Disposable {
  private indexes = new Map<KbEntry, TemplateIndex>();
  private building: Promise<void> = Promise.resolve();
  private generation = 0;
  private current: IndexState = { state: 'building' };
  private readonly dirty = new Set<KbEntry>();
  private saveTimer: NodeJS.Timeout | undefined;
  private readonly changed = new vscode.EventEmitter<IndexState>();
  readonly onDidChangeState = this.changed.event;

  constructor(
    private readonly registry: KbRegistry,
    /** Where caches go (the workspace's storage, else the global one); undefined: no cache. */
    private readonly storage: vscode.Uri | undefined,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  get state(): IndexState {
    return this.current;
  }

  /** Resolves when the latest rebuild has finished. */
  whenReady(): Promise<void> {
    return this.building;
  }

  /** After the registry (re)loaded its KBs: index them again, from cache where it still matches. */
  rebuild(): Promise<void> {
    const generation = ++this.generation;
    this.setState({ state: 'building' });
    this.building = (async () => {
      const started = performance.now();
      const indexes = new Map<KbEntry, TemplateIndex>();
      let fromCache = 0;
      for (const entry of this.registry.all) {
        // Let typing and other events through between KBs.
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (generation !== this.generation) return;
        const documents = templatesOf(entry);
        const cached = await this.readCache(entry, documents);
        if (cached) fromCache++;
        indexes.set(entry, cached ?? TemplateIndex.build(documents));
        if (!cached) this.dirty.add(entry);
      }
      if (generation !== this.generation) return;
      this.indexes = indexes;
      const templates = [...indexes.values()].reduce((n, i) => n + i.size, 0);
      this.log.info(`Template index: ${templates} documents in ${Math.round(performance.now() - started)} ms (${fromCache} of ${indexes.size} KB(s) from cache)`);
      this.setState({ state: 'ready', templates, fromCache });
      // Written now, not on a timer: the next window (or reload) should find it.
      await this.saveDirty();
    })().catch((error) => {
      this.log.error(`Template index failed: ${(error as Error).stack ?? error}`);
      this.setState({ state: 'ready', templates: 0, fromCache: 0 });
    });
    return this.building;
  }

  /** Files changed in a KB: re-index those documents (added, edited or gone). */
  update({ entry, paths }: KbChange): void {
    const index = this.indexes.get(entry);
    if (!index) return;
    for (const path of new Set(paths)) {
      const doc = entry.kb.document(path);
      if (doc && isTemplate(doc)) index.set(doc);
      else index.remove(path);
    }
    this.dirty.add(entry);
    this.scheduleSave();
    if (this.current.state === 'ready') {
      const templates = [...this.indexes.values()].reduce((n, i) => n + i.size, 0);
      if (templates !== this.current.templates) this.setState({ ...this.current, templates });
    }
  }

  /** Best first across every KB; scores of different KBs are comparable (same fields and boosts). */
  search(query: string, options?: TemplateSearchOptions): TemplateResults {
    const hits: TemplateHit[] = [];
    let match: TemplateResults['match'] = 'none';
    let layoutSwapped: string | undefined;
    const messages = new Set<string>();
    for (const [entry, index] of this.indexes) {
      const result = index.search(query, options);
      for (const hit of result.hits) hits.push({ ...hit, entry });
      for (const m of result.messages) messages.add(m);
      if (result.hits.length && rank(result.match) > rank(match)) match = result.match;
      layoutSwapped ??= result.hits.length ? result.layoutSwapped : undefined;
    }
    if (this.indexes.size > 1) hits.sort((a, b) => (match === 'filters' ? a.title.localeCompare(b.title) : b.score - a.score));
    return { hits: hits.slice(0, options?.limit ?? 20), match, layoutSwapped, messages: [...messages] };
  }

  dispose(): void {
    clearTimeout(this.saveTimer);
    this.changed.dispose();
  }

  private setState(state: IndexState): void {
    this.current = state;
    this.changed.fire(state);
  }

  private scheduleSave(): void {
    if (!this.storage) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.saveDirty(), SAVE_DELAY_MS);
  }

  private async saveDirty(): Promise<void> {
    for (const entry of [...this.dirty]) {
      this.dirty.delete(entry);
      const index = this.indexes.get(entry);
      if (!index || !this.storage) continue;
      try {
        await vscode.workspace.fs.createDirectory(this.storage);
        await vscode.workspace.fs.writeFile(cacheFile(this.storage, entry), new TextEncoder().encode(index.toJSON()));
      } catch (error) {
        this.log.warn(`Template index cache not written: ${(error as Error).message}`);
      }
    }
  }

  /** The cached index when it matches these documents; undefined (rebuild) when missing, stale or corrupt. */
  private async readCache(entry: KbEntry, documents: readonly KbDocument[]): Promise<TemplateIndex | undefined> {
    if (!this.storage) return undefined;
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(cacheFile(this.storage, entry)));
    } catch {
      return undefined;
    }
    const index = TemplateIndex.load(text, documents);
    if (!index) this.log.info(`Template index cache for ${entry.name} is out of date; rebuilding`);
    return index;
  }
}

/** Every readable document is searchable: replies, FAQs and snippets alike (filters narrow it down). */
function templatesOf(entry: KbEntry): KbDocument[] {
  return [...entry.kb.documents()].filter(isTemplate);
}

function isTemplate(doc: KbDocument): boolean {
  return doc.hasFrontMatter && !doc.issues.some((i) => i.ruleId === 'kb/binary-file');
}

function cacheFile(storage: vscode.Uri, entry: KbEntry): vscode.Uri {
  const key = createHash('sha256').update(entry.base.toString()).digest('hex').slice(0, 16);
  return vscode.Uri.joinPath(storage, `template-index-${key}.json`);
}

function rank(match: TemplateResults['match']): number {
  return ['none', 'filters', 'some-words', 'all-words'].indexOf(match);
}
