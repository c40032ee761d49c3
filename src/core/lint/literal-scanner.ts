/**
 * Which rule alternatives can match in a paragraph, found in one pass over it.
 *
 * Every alternative of a phrase or pattern rule has required literals (see
 * triggers.ts): no literal in the paragraph, no match. Testing each rule's
 * literals separately reads every paragraph once per rule — 70+ times — and
 * that was most of the lint time. This is an Aho–Corasick automaton over the
 * literals of all rules, compiled to a dense transition table over the
 * literals' own alphabet, so a paragraph is read once, one table lookup per
 * character, whatever the number of rules.
 *
 * Written here rather than taken from npm: the Aho–Corasick packages there
 * (e.g. `ahocorasick`, `modern-ahocorasick`) walk object tries and return
 * every match as an object; we need only "which of these literals occur", as
 * cheaply as a table lookup per character.
 */
export interface LiteralSource {
  /** Per alternative: lowercase literals one of which every match contains; undefined when none is known. */
  readonly alternativeLiterals: readonly (readonly string[] | undefined)[];
}

const NONE: readonly number[] = Object.freeze([]);

export class LiteralScanner {
  private readonly base = new Map<LiteralSource, number>();
  private readonly symbolOf = new Uint16Array(0x10000);
  private readonly alphabet: number;
  /** next state = table[state * alphabet + symbol]. */
  private readonly table: Int32Array;
  /** Alternatives found on reaching a state: outIds[outStart[s] .. outStart[s + 1]). */
  private readonly outStart: Int32Array;
  private readonly outIds: Int32Array;
  private readonly seen: Int32Array;
  private stamp = 0;

  constructor(sources: Iterable<LiteralSource>) {
    const literals = new Map<string, number[]>();
    let next = 0;
    for (const source of sources) {
      if (this.base.has(source)) continue;
      this.base.set(source, next);
      source.alternativeLiterals.forEach((list, i) => {
        for (const literal of list ?? []) {
          if (!literal) continue;
          let ids = literals.get(literal);
          if (!ids) literals.set(literal, (ids = []));
          ids.push(next + i);
        }
      });
      next += source.alternativeLiterals.length;
    }
    this.seen = new Int32Array(next);

    // Symbol 0 stands for every character no literal has: it always leads back to the root.
    let symbols = 1;
    let stateCount = 1;
    for (const literal of literals.keys()) {
      stateCount += literal.length;
      for (let i = 0; i < literal.length; i++) {
        const c = literal.charCodeAt(i);
        if (this.symbolOf[c] === 0) this.symbolOf[c] = symbols++;
      }
    }
    const A = (this.alphabet = symbols);
    this.foldCase();
    const table = new Int32Array(stateCount * A).fill(-1);
    const outputs: number[][] = [[]];
    let states = 1;
    for (const [literal, ids] of literals) {
      let s = 0;
      for (let i = 0; i < literal.length; i++) {
        const at = s * A + this.symbolOf[literal.charCodeAt(i)];
        if (table[at] < 0) {
          table[at] = states;
          outputs.push([]);
          states++;
        }
        s = table[at];
      }
      outputs[s].push(...ids);
    }

    // Breadth-first: failure links, then every missing transition follows its failure link (a full DFA).
    const fail = new Int32Array(states);
    const queue: number[] = [];
    for (let a = 0; a < A; a++) {
      const t = table[a];
      if (t > 0) queue.push(t);
      else table[a] = 0;
    }
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q];
      for (let a = 0; a < A; a++) {
        const at = s * A + a;
        const via = table[fail[s] * A + a];
        if (table[at] >= 0) {
          const child = table[at];
          fail[child] = via;
          if (outputs[via].length) outputs[child].push(...outputs[via]);
          queue.push(child);
        } else {
          table[at] = via;
        }
      }
    }
    this.table = table.subarray(0, states * A);
    this.outStart = new Int32Array(states + 1);
    const flat: number[] = [];
    for (let s = 0; s < states; s++) {
      this.outStart[s] = flat.length;
      for (const id of new Set(outputs[s])) flat.push(id);
    }
    this.outStart[states] = flat.length;
    this.outIds = Int32Array.from(flat);
  }

  /**
   * Literals are lowercase; a character whose lowercase form (or the lowercase of its uppercase
   * form: ſ → S → s, K → k) is in the alphabet gets that symbol too. So the scanner reads
   * paragraphs as they are, without a lowercased copy of each: it sees what scanning
   * `text.toLowerCase()` would, and also the few characters the regexes' `iu` folding matches
   * that lowercasing misses.
   */
  private foldCase(): void {
    const { symbolOf } = this;
    const of = (text: string) => (text.length === 1 ? symbolOf[text.charCodeAt(0)] : 0);
    for (let c = 0; c < 0x10000; c++) {
      if (symbolOf[c] !== 0 || (c >= 0xd800 && c <= 0xdfff)) continue;
      const char = String.fromCharCode(c);
      const upper = char.toUpperCase();
      symbolOf[c] = of(char.toLowerCase()) || (upper.length === 1 ? of(upper.toLowerCase()) : 0);
    }
  }

  /** Whether `source`'s literals are in this scanner. */
  covers(source: LiteralSource): boolean {
    return this.base.has(source);
  }

  /** Every alternative (scanner-wide id) with a literal in `text` (any case), ascending. */
  scan(text: string): readonly number[] {
    const { table, symbolOf, outStart, outIds, seen, alphabet: A } = this;
    const stamp = ++this.stamp;
    const found: number[] = [];
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      s = table[s * A + symbolOf[text.charCodeAt(i)]];
      const end = outStart[s + 1];
      for (let k = outStart[s]; k < end; k++) {
        const id = outIds[k];
        if (seen[id] !== stamp) {
          seen[id] = stamp;
          found.push(id);
        }
      }
    }
    return found.sort((a, b) => a - b);
  }

  /** The ids in any of `lists` (results of `scan`), ascending. */
  union(lists: readonly (readonly number[])[]): readonly number[] {
    if (lists.length === 1) return lists[0];
    const { seen } = this;
    const stamp = ++this.stamp;
    const found: number[] = [];
    for (const list of lists) {
      for (const id of list) {
        if (seen[id] !== stamp) {
          seen[id] = stamp;
          found.push(id);
        }
      }
    }
    return found.sort((a, b) => a - b);
  }

  /** `source`'s alternatives (its own indexes, ascending) among `hits` from `scan`; undefined if not covered. */
  alternativesOf(source: LiteralSource, hits: readonly number[]): readonly number[] | undefined {
    const base = this.base.get(source);
    if (base === undefined) return undefined;
    const end = base + source.alternativeLiterals.length;
    // Binary search for the first hit at or after base.
    let lo = 0;
    let hi = hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (hits[mid] < base) lo = mid + 1;
      else hi = mid;
    }
    if (lo === hits.length || hits[lo] >= end) return NONE;
    const out: number[] = [];
    for (let k = lo; k < hits.length && hits[k] < end; k++) out.push(hits[k] - base);
    return out;
  }
}
