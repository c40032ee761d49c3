/**
 * Template search over a KB: a minisearch index of titles, aliases, tags,
 * summaries and bodies, with Russian-aware terms, filters typed in the box,
 * an all-words → any-word fallback and a retry in the other keyboard layout.
 * Updated one document at a time; serializable for a cache keyed on the
 * library version, these options and the documents' content.
 */
import MiniSearch, { type Options, type Query, type SearchResult as MiniSearchResult } from 'minisearch';
import type { KbDocument } from '../kb/document';
import { ContentHash, hashDocument, type DocumentHash } from './content-hash';
import { swapLayout } from './layout';
import { termTree, type TermTree } from './internals';
import { pack, unpack, type PackedIndex } from './serialize';
import { firstLineOf, stripMarkup } from './normalize';
import { EMPTY_FILTERS, hasFilters, type Filterable, matchesFilters, mergeFilters, parseQuery, type QueryFilters } from './query';
import { queryTerms, wordQuery, type WordQuery } from './query-terms';
import { termOf, words } from './terms';

/** The minisearch release this code and its caches are made for; a test checks it against node_modules. */
export const MINISEARCH_VERSION = '7.2.0';
/** Bump whenever fields, terms or stored fields change: old caches are then rejected. */
export const SEARCH_OPTIONS_VERSION = 1;
/** Longer queries are cut here: nobody types more, and a pasted page must not stall the box. */
export const MAX_QUERY_LENGTH = 500;
const DEFAULT_LIMIT = 20;

export interface SearchHit {
  /** The document's id (not unique in a KB with duplicate ids; `path` is). */
  readonly id: string;
  readonly title: string;
  readonly path: string;
  readonly locale?: string;
  readonly channels: readonly string[];
  readonly type?: string;
  readonly kind?: string;
  readonly tags: readonly string[];
  /** The first line of the body with text, as plain text, for display. */
  readonly firstLine: string;
  readonly score: number;
}

export interface TemplateSearchOptions {
  /** Most hits to return (default 20). */
  readonly limit?: number;
  /** Filters added to those typed in the query (the CLI's --locale, --channel). */
  readonly filters?: Partial<QueryFilters>;
}

export interface TemplateSearchResult {
  /** Best first. */
  readonly hits: readonly SearchHit[];
  /**
   * How the hits were found: every word matched, some words matched (no
   * document had them all), only filters were given; `none` when there are
   * no hits (nothing matched, or nothing to search for).
   */
  readonly match: 'all-words' | 'some-words' | 'filters' | 'none';
  /** Set when nothing matched as typed and the query in the other keyboard layout did: that query. */
  readonly layoutSwapped?: string;
  /** Filters that could not be understood, for the person typing. */
  readonly messages: readonly string[];
}

/** What minisearch stores for one document (`path` is its id). */
interface Stored {
  readonly docId: string;
  readonly title: string;
  readonly tags: readonly string[];
  readonly locale?: string;
  readonly channels: readonly string[];
  readonly type?: string;
  readonly kind?: string;
  readonly firstLine: string;
}

/** What minisearch indexes and stores for one document. */
interface IndexRecord extends Stored {
  readonly path: string;
  readonly aliases: string;
  readonly summary: string;
  readonly body: string;
}

const FIELDS = ['title', 'aliases', 'tags', 'summary', 'body'];
/** `path` is minisearch's document id; `docId` is the KB's id (not unique in a KB with duplicates). */
const STORED: (keyof Stored)[] = ['docId', 'title', 'locale', 'channels', 'type', 'kind', 'tags', 'firstLine'];
const BOOST = { title: 6, aliases: 3, tags: 2, summary: 1.5, body: 1 };

/** Word → term, shared by all indexes: a KB's vocabulary is a few tens of thousands of words. */
const termCache = new Map<string, string | null>();
function cachedTerm(word: string): string | null {
  let term = termCache.get(word);
  if (term === undefined) {
    term = termOf(word) ?? null;
    if (termCache.size > 200_000) termCache.clear();
    termCache.set(word, term);
  }
  return term;
}

const MINISEARCH_OPTIONS: Options<IndexRecord> = {
  idField: 'path',
  fields: FIELDS,
  storeFields: STORED,
  tokenize: (text) => words(text),
  processTerm: (word) => cachedTerm(word),
  stringifyField: (value) => (Array.isArray(value) ? value.join(' ') : String(value)),
  searchOptions: {
    boost: BOOST,
    // The query builder has already made terms; search must not split or stem them again.
    tokenize: (text) => [text],
    processTerm: (term) => term,
    weights: { fuzzy: 0.45, prefix: 0.6 },
  },
};

export class TemplateIndex {
  /** For telling a misspelt word from one some document has; undefined if minisearch changed (then: always fuzzy). */
  private readonly terms: TermTree | undefined;

  private constructor(
    private readonly engine: MiniSearch<IndexRecord>,
    /** Each document's content hash, to keep `content` current through updates. */
    private readonly hashes = new Map<string, DocumentHash>(),
    private readonly content = new ContentHash(),
  ) {
    this.terms = termTree(engine);
  }

  /** A fresh index of these documents. */
  static build(documents: Iterable<KbDocument>): TemplateIndex {
    const index = new TemplateIndex(new MiniSearch(MINISEARCH_OPTIONS));
    for (const doc of documents) index.set(doc);
    return index;
  }

  /**
   * An index from a cache written by {@link toJSON}, or undefined when the
   * cache is corrupt, from another minisearch release or other options, or
   * made from other documents than `documents` (the caller then rebuilds).
   */
  static load(json: string, documents: Iterable<KbDocument>): TemplateIndex | undefined {
    try {
      const cache = JSON.parse(json) as { key?: unknown; index?: PackedIndex };
      if (typeof cache?.key !== 'string' || typeof cache.index !== 'object' || cache.index === null) return undefined;
      const hashes = new Map<string, DocumentHash>();
      const content = new ContentHash();
      for (const doc of documents) {
        const previous = hashes.get(doc.path);
        if (previous) content.remove(previous);
        const h = hashDocument(doc.path, doc.text);
        hashes.set(doc.path, h);
        content.add(h);
      }
      if (cache.key !== cacheKey(content)) return undefined;
      // The cache keeps only the first lines of the stored fields; the rest comes from the
      // documents' metadata, which the key shows is the same.
      const { documentIds, storedFields: firstLines } = cache.index.header ?? {};
      if (typeof documentIds !== 'object' || documentIds === null || typeof firstLines !== 'object' || firstLines === null) return undefined;
      const byPath = new Map<string, KbDocument>();
      for (const doc of documents) byPath.set(doc.path, doc);
      const storedFields: Record<string, Stored> = {};
      for (const [shortId, path] of Object.entries(documentIds)) {
        const doc = byPath.get(path);
        const firstLine = (firstLines[shortId] as { firstLine?: unknown } | undefined)?.firstLine;
        if (!doc || typeof firstLine !== 'string') return undefined;
        storedFields[shortId] = storedOf(doc, firstLine);
      }
      const engine = unpack({ ...cache.index, header: { ...cache.index.header, storedFields } }, MINISEARCH_OPTIONS);
      if (!engine || engine.documentCount !== hashes.size) return undefined;
      for (const path of hashes.keys()) if (!engine.has(path)) return undefined;
      return new TemplateIndex(engine, hashes, content);
    } catch {
      return undefined;
    }
  }

  /** The cache: the index and its key, as one JSON string (of the stored fields only the first lines, see {@link load}). */
  toJSON(): string {
    const packed = pack(this.engine);
    const firstLines: Record<string, { firstLine: string }> = {};
    for (const [shortId, stored] of Object.entries(packed.header.storedFields)) firstLines[shortId] = { firstLine: (stored as Stored).firstLine };
    return JSON.stringify({ key: cacheKey(this.content), index: { ...packed, header: { ...packed.header, storedFields: firstLines } } });
  }

  get size(): number {
    return this.engine.documentCount;
  }

  has(path: string): boolean {
    return this.engine.has(path);
  }

  /** Adds a document, or replaces the one at the same path. */
  set(doc: KbDocument): void {
    this.remove(doc.path);
    const h = hashDocument(doc.path, doc.text);
    this.hashes.set(doc.path, h);
    this.content.add(h);
    this.engine.add(toRecord(doc));
  }

  /** Forgets the document at `path`; nothing happens when there is none. */
  remove(path: string): void {
    const h = this.hashes.get(path);
    if (!h) return;
    this.hashes.delete(path);
    this.content.remove(h);
    this.engine.discard(path);
  }

  search(input: string, options: TemplateSearchOptions = {}): TemplateSearchResult {
    const limit = Math.max(1, Math.min(Math.floor(options.limit ?? DEFAULT_LIMIT) || DEFAULT_LIMIT, 10_000));
    const parsed = parseQuery(input.length > MAX_QUERY_LENGTH ? input.slice(0, MAX_QUERY_LENGTH) : input);
    const filters = mergeFilters(parsed.filters, { ...EMPTY_FILTERS, ...options.filters });
    const filter = hasFilters(filters) ? (r: MiniSearchResult) => matchesFilters(r as unknown as Filterable, filters) : undefined;
    const { messages } = parsed;

    const terms = queryTerms(parsed.text, parsed.open);
    if (terms.length === 0 && !filter) return { hits: [], match: 'none', messages };
    if (terms.length === 0) {
      // Filters alone: every document that passes, by title.
      const all = this.engine.search(MiniSearch.wildcard, { filter });
      all.sort((a, b) => String(a.title).localeCompare(String(b.title)));
      return { hits: toHits(all, limit), match: 'filters', messages };
    }
    // Strictest first, each step only when the ones before found nothing: all words as typed, all
    // words in the other keyboard layout (a whole query typed in the wrong layout beats some words
    // of it matching by chance), then any word, as typed and swapped.
    const swapped = swapLayout(parsed.text);
    const swappedTerms = swapped === parsed.text ? [] : queryTerms(swapped, parsed.open);
    const steps: [readonly WordQuery[], 'AND' | 'OR', string | undefined][] = [
      [terms, 'AND', undefined],
      [swappedTerms, 'AND', swapped],
      [terms, 'OR', undefined],
      [swappedTerms, 'OR', swapped],
    ];
    for (const [words, combineWith, layoutSwapped] of steps) {
      const results = combineWith === 'AND' ? this.allWords(words, filter) : this.anyWord(words, filter);
      if (results.length === 0) continue;
      const match = combineWith === 'AND' ? 'all-words' : 'some-words';
      return { hits: toHits(results, limit), match, ...(layoutSwapped === undefined ? {} : { layoutSwapped }), messages };
    }
    return { hits: [], match: 'none', messages };
  }

  /**
   * Documents with every word. First with fuzzy matching only for words no
   * document has as typed (misspellings), so that correctly spelled words do
   * not drag in their neighbours; then, if that finds nothing, with fuzzy
   * matching for every word long enough («посылок» typed, «посылка» indexed).
   */
  private allWords(terms: readonly WordQuery[], filter?: (r: MiniSearchResult) => boolean): MiniSearchResult[] {
    if (terms.length === 0) return [];
    const strict = terms.map((t) => (t.fuzzy > 0 && this.terms?.has(t.term) ? { ...t, fuzzy: 0 } : t));
    const found = this.run({ combineWith: 'AND', queries: strict.map(wordQuery) }, filter);
    if (found.length || strict.every((t, i) => t === terms[i])) return found;
    return this.run({ combineWith: 'AND', queries: terms.map(wordQuery) }, filter);
  }

  /** Documents with any of two or more words (one word was all-words already). */
  private anyWord(terms: readonly WordQuery[], filter?: (r: MiniSearchResult) => boolean): MiniSearchResult[] {
    return terms.length > 1 ? this.run({ combineWith: 'OR', queries: terms.map(wordQuery) }, filter) : [];
  }

  private run(query: Query, filter?: (r: MiniSearchResult) => boolean): MiniSearchResult[] {
    return this.engine.search(query, filter ? { filter } : {});
  }
}

function cacheKey(content: ContentHash): string {
  return `minisearch@${MINISEARCH_VERSION};options@${SEARCH_OPTIONS_VERSION};content@${content}`;
}

function storedOf(doc: KbDocument, firstLine = firstLineOf(doc.text.slice(doc.bodyOffset))): Stored {
  const { meta } = doc;
  return {
    docId: doc.id,
    title: meta.title ?? doc.id,
    tags: meta.tags,
    locale: meta.locale,
    channels: meta.channels,
    type: meta.type,
    kind: meta.kind,
    firstLine,
  };
}

function toRecord(doc: KbDocument): IndexRecord {
  return {
    ...storedOf(doc),
    path: doc.path,
    aliases: doc.meta.aliases.join('\n'),
    summary: doc.meta.summary ?? '',
    body: stripMarkup(doc.text.slice(doc.bodyOffset)),
  };
}

function toHits(results: readonly MiniSearchResult[], limit: number): SearchHit[] {
  return results.slice(0, limit).map((r) => ({
    id: r.docId as string,
    title: r.title as string,
    path: r.id as string,
    locale: r.locale as string | undefined,
    channels: (r.channels as string[] | undefined) ?? [],
    type: r.type as string | undefined,
    kind: r.kind as string | undefined,
    tags: (r.tags as string[] | undefined) ?? [],
    firstLine: (r.firstLine as string | undefined) ?? '',
    score: r.score,
  }));
}
