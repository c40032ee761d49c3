/**
 * A compact form of a minisearch index for caching. minisearch's own JSON
 * keeps every posting as an object property (`{"4711": 2}`); parsing that and
 * turning it back into Maps took ~250 ms for 10k documents, over the 150 ms
 * a cache load may take. Here the postings of a term are one string of
 * small integers, one character each — field id, count, then (document id
 * delta, frequency) pairs — which JSON parses as fast as it copies, and
 * loading fills minisearch's term tree directly.
 *
 * That tree is private to minisearch (see internals.ts), so caches carry the
 * minisearch version (MINISEARCH_VERSION in index.ts), and `unpack` reports
 * failure instead of guessing when the tree or the data is not what it
 * expects, which makes the caller rebuild.
 */
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { termTree, type FieldPostings } from './internals';

export interface PackedIndex {
  /** minisearch's JSON without its postings. */
  readonly header: AsPlainObject;
  readonly terms: readonly string[];
  /** Per term, {@link encode}d: fieldId, n, then n pairs (document id delta, frequency); again for the next field. */
  readonly postings: readonly string[];
}

/*
 * Numbers as characters. Below 2^14 one character from U+0100 on; above,
 * two: U+4100 + the high part, then the low 14 bits as before. No ASCII (so
 * JSON escapes nothing) and no surrogates, up to about 6 × 10^8.
 */
const ONE = 0x100;
const TWO = 0x4100;
const LOW_BITS = 14;
const LOW_MASK = (1 << LOW_BITS) - 1;
const MAX = (0xd800 - TWO) << LOW_BITS;

function encode(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= MAX) throw new RangeError(`cannot pack ${n}`);
  return n <= LOW_MASK ? String.fromCharCode(ONE + n) : String.fromCharCode(TWO + (n >>> LOW_BITS), ONE + (n & LOW_MASK));
}

export function pack(engine: MiniSearch<never> | MiniSearch<unknown>): PackedIndex {
  const js = engine.toJSON();
  const terms: string[] = [];
  const postings: string[] = [];
  for (const [term, fields] of js.index) {
    let out = '';
    for (const [fieldId, docs] of Object.entries(fields)) {
      const entries = Object.entries(docs as Record<string, number>);
      out += encode(Number(fieldId)) + encode(entries.length);
      let previous = 0;
      // Object keys that are integers come in ascending order, so the deltas are ≥ 0.
      for (const [id, freq] of entries) {
        out += encode(Number(id) - previous) + encode(freq);
        previous = Number(id);
      }
    }
    terms.push(term);
    postings.push(out);
  }
  return { header: { ...js, index: [] }, terms, postings };
}

/** The index, or undefined when `packed` is malformed or this minisearch keeps its terms differently. */
export function unpack<T>(packed: PackedIndex, options: Options<T>): MiniSearch<T> | undefined {
  const { header, terms, postings } = packed;
  if (!Array.isArray(terms) || !Array.isArray(postings) || terms.length !== postings.length) return undefined;
  const engine = MiniSearch.loadJS<T>({ ...header, index: [] }, options);
  const tree = termTree(engine);
  if (!tree || tree.size !== 0) return undefined;
  for (let t = 0; t < terms.length; t++) {
    const term = terms[t];
    const s = postings[t];
    if (typeof term !== 'string' || typeof s !== 'string') return undefined;
    const data: FieldPostings = new Map();
    let i = 0;
    /** The next number, or -1 past the end or on a character no number encodes to. */
    const next = (): number => {
      const c = s.charCodeAt(i++);
      if (c >= TWO && c < 0xd800) {
        const low = s.charCodeAt(i++) - ONE;
        return low >= 0 && low <= LOW_MASK ? ((c - TWO) << LOW_BITS) | low : -1;
      }
      return c >= ONE && c < TWO ? c - ONE : -1;
    };
    while (i < s.length) {
      const fieldId = next();
      const n = next();
      if (fieldId < 0 || n < 0) return undefined;
      const docs = new Map<number, number>();
      let id = 0;
      for (let k = 0; k < n; k++) {
        const delta = next();
        const freq = next();
        if (delta < 0 || freq < 0) return undefined;
        id += delta;
        docs.set(id, freq);
      }
      data.set(fieldId, docs);
    }
    tree.set(term, data);
  }
  return engine;
}
