/**
 * The one piece of minisearch's private state this code uses: its term tree
 * (`_index`, a SearchableMap from term to postings). Looking a term up there
 * is how a query knows that a word is spelled as in some document (and needs
 * no fuzzy matching), and filling it directly is how a cache loads fast. The
 * shape is checked; when a minisearch release keeps its terms elsewhere this
 * returns undefined and callers fall back to the public API.
 */
import type MiniSearch from 'minisearch';

export type FieldPostings = Map<number, Map<number, number>>;

export interface TermTree {
  readonly size: number;
  has(term: string): boolean;
  set(term: string, data: FieldPostings): unknown;
}

export function termTree(engine: MiniSearch<never> | MiniSearch<unknown>): TermTree | undefined {
  const tree = (engine as unknown as { _index?: Partial<TermTree> })._index;
  return typeof tree?.has === 'function' && typeof tree.set === 'function' && typeof tree.size === 'number' ? (tree as TermTree) : undefined;
}
