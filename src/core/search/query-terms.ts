/**
 * A query's words → minisearch sub-queries, one per word: the word's term
 * (its stem), matched as a prefix when it is the word still being typed,
 * with one edit allowed for longer words and two for long ones, plus its
 * adjacent-letter swaps ("дотсавка" → «доставка»), which edit distance
 * counts as two edits, and for the word being typed its shorter stems.
 */
import type { Query } from 'minisearch';
import { fold } from './normalize';
import { MAX_WORD_LENGTH, stem, termOf, words } from './terms';

/** More words than this are not a search but a pasted text: the rest is left out. */
export const MAX_QUERY_TERMS = 12;
/** Variants (swapped letters, shorter stems) weigh about as much as a fuzzy match. */
const VARIANT_BOOST = 0.5;

/**
 * Edits allowed for a typed word and its term: by the word's length (a typo
 * can make Snowball cut a word shorter: «персональых» → «персонал»), but at
 * most one for a term under six letters and none under four.
 */
export function fuzziness(word: string, term: string): number {
  const edits = word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0;
  return Math.min(edits, term.length >= 6 ? 2 : term.length >= 4 ? 1 : 0);
}

export interface WordQuery {
  readonly term: string;
  readonly prefix: boolean;
  readonly fuzzy: number;
}

/**
 * The terms to look for. `open`: the last word is still being typed. A stop
 * word is dropped, unless it is the only word being typed ("на" may become
 * «настройки»).
 */
export function queryTerms(text: string, open: boolean): WordQuery[] {
  const list = words(text);
  const out: WordQuery[] = [];
  const seen = new Set<string>();
  list.forEach((word, i) => {
    const last = open && i === list.length - 1;
    let term = termOf(word);
    if (term === undefined && last && list.length === 1 && word.length >= 2) term = stem(fold(word.slice(0, MAX_WORD_LENGTH)));
    if (term === undefined || seen.has(term) || out.length >= MAX_QUERY_TERMS) return;
    seen.add(term);
    out.push({ term, prefix: last, fuzzy: fuzziness(word, term) });
  });
  return out;
}

/**
 * One word as a minisearch query: the term itself (fuzzy, maybe prefix) or
 * one of its variants — swapped neighbours, and for the word being typed, its
 * shorter stems: Snowball makes «подпись» «подп» but «подписи» «подпис», so
 * a typed «подпис» must also find «подп».
 */
export function wordQuery(w: WordQuery): Query {
  const exact: Query = { queries: [w.term], prefix: w.prefix, fuzzy: w.fuzzy };
  const variants = w.fuzzy > 0 ? adjacentSwaps(w.term) : [];
  if (w.prefix) variants.push(...shorterStems(w.term));
  if (variants.length === 0) return exact;
  return { combineWith: 'OR', queries: [exact, { queries: variants, prefix: false, fuzzy: false, boostTerm: () => VARIANT_BOOST }] };
}

/** "подпис" → "подпи", "подп": a word cut by one or two letters, never below four. */
export function shorterStems(term: string): string[] {
  const out: string[] = [];
  for (let n = term.length - 1; n >= Math.max(4, term.length - 2); n--) out.push(term.slice(0, n));
  return out;
}

/** The word with each pair of neighbouring letters swapped ("ab" → "ba"), without repeats or the word itself. */
export function adjacentSwaps(term: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i + 1 < term.length; i++) {
    if (term[i] === term[i + 1]) continue;
    out.add(term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2));
  }
  out.delete(term);
  return [...out];
}
