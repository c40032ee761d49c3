/**
 * Which rule alternatives can match in a paragraph, found in one pass over it.
 *
 * Every alternative of a phrase or pattern rule has required literals (see
 * triggers.ts): unless the paragraph has one literal of each of its groups,
 * with the word edges the literal asks for, the alternative cannot match. Testing each rule's
 * literals separately reads every paragraph once per rule — 70+ times — and
 * that was most of the lint time. This is an Aho–Corasick automaton over the
 * literals of all rules, compiled to a dense transition table over the
 * literals' own alphabet, so a paragraph is read once, one table lookup per
 * character, whatever the number of rules.
 *
 * Written here rather than taken from npm: the Aho–Corasick packages there
 * (e.g. `ahocorasick`, `modern-ahocorasick`) walk object tries and return
 * every match as an object; we need only "which of these literals occur", as
 * cheaply as a table lookup per character (plus a letter check at the edges
 * of the few literals found that must start or end a word).
 */
import type { LiteralGroup } from './triggers';

export interface LiteralSource {
  /**
   * Per alternative: groups of lowercase literals, every match containing one literal of each
   * group (see triggers.ts); undefined when none is known.
   */
  readonly alternativeGroups: readonly (readonly LiteralGroup[] | undefined)[];
}

const NONE: readonly number[] = Object.freeze([]);

let letterTable: Uint8Array | undefined;
/** 1 for every BMP character in `\p{L}` (what the rules' word-edge look-arounds test). */
function letters(): Uint8Array {
  if (!letterTable) {
    letterTable = new Uint8Array(0x10000);
    const letter = /\p{L}/u;
    for (let c = 0; c < 0x10000; c++) if (!(c >= 0xd800 && c <= 0xdfff) && letter.test(String.fromCharCode(c))) letterTable[c] = 1;
  }
  return letterTable;
}
const START = 1;
const END = 2;

export class LiteralScanner {
  private readonly base = new Map<LiteralSource, number>();
  private readonly symbolOf = new Uint16Array(0x10000);
  private readonly alphabet: number;
  /**
   * The automaton: entry [offset of state + symbol] holds the next state's offset (state ×
   * alphabet), bit-inverted when that state ends a literal. So the scan loop needs no
   * multiplication, and no second array read in the many states that end none.
   */
  private readonly table: Int32Array;
  /** Literals (distinct text + edge flags) ending in a state: outIds[outStart[s] .. outStart[s + 1]). */
  private readonly outStart: Int32Array;
  private readonly outIds: Int32Array;
  private readonly literalLength: Int32Array;
  private readonly literalFlags: Uint8Array;
  /** Groups of each literal: groupIds[groupStart[l] .. groupStart[l + 1]). */
  private readonly groupStart: Int32Array;
  private readonly groupIds: Int32Array;
  /** Scanner-wide alternative of each group; an alternative's groups have consecutive ids. */
  private readonly alternativeOf: Int32Array;
  private readonly groupCount: Int32Array;
  private readonly seenLiteral: Int32Array;
  private readonly seen: Int32Array;
  /** Per alternative, in scan(): how many of its groups were found, valid when its stamp is current. */
  private readonly alternativeStamp: Int32Array;
  private readonly groupsFound: Int32Array;
  private stamp = 0;

  constructor(sources: Iterable<LiteralSource>) {
    // "flags text" → the groups that literal stands in. Many rules share literals («как», «it»):
    // each is checked once per occurrence, whatever the number of groups it serves.
    const literals = new Map<string, number[]>();
    const alternativeOf: number[] = [];
    const groupCount: number[] = [];
    for (const source of sources) {
      if (this.base.has(source)) continue;
      this.base.set(source, groupCount.length);
      for (const groups of source.alternativeGroups) {
        const alternative = groupCount.length;
        groupCount.push(groups?.length ?? 0);
        for (const group of groups ?? []) {
          const id = alternativeOf.length;
          alternativeOf.push(alternative);
          for (const literal of group) {
            if (!literal.text) continue;
            const key = `${(literal.start ? START : 0) | (literal.end ? END : 0)}${literal.text.replace(/[0-9]/g, '0')}`;
            let ids = literals.get(key);
            if (!ids) literals.set(key, (ids = []));
            if (ids[ids.length - 1] !== id) ids.push(id);
          }
        }
      }
    }
    this.alternativeOf = Int32Array.from(alternativeOf);
    this.groupCount = Int32Array.from(groupCount);
    // Stamps for group ids in scan() and alternative ids in union().
    this.seen = new Int32Array(Math.max(alternativeOf.length, groupCount.length));
    this.alternativeStamp = new Int32Array(groupCount.length);
    this.groupsFound = new Int32Array(groupCount.length);
    const keys = [...literals.keys()];
    const texts = keys.map((k) => k.slice(1));
    this.literalFlags = Uint8Array.from(keys, (k) => Number(k[0]));
    this.literalLength = Int32Array.from(texts, (t) => t.length);
    this.seenLiteral = new Int32Array(keys.length);
    this.groupStart = new Int32Array(keys.length + 1);
    const groupIds: number[] = [];
    keys.forEach((k, l) => {
      this.groupStart[l] = groupIds.length;
      groupIds.push(...literals.get(k)!);
    });
    this.groupStart[keys.length] = groupIds.length;
    this.groupIds = Int32Array.from(groupIds);

    // Symbol 0 stands for every character no literal has: it always leads back to the root.
    let symbols = 1;
    let stateCount = 1;
    for (const text of texts) {
      stateCount += text.length;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (this.symbolOf[c] === 0) this.symbolOf[c] = symbols++;
      }
    }
    const A = (this.alphabet = symbols);
    this.foldCase();
    const table = new Int32Array(stateCount * A).fill(-1);
    const outputs: number[][] = [[]];
    let states = 1;
    texts.forEach((text, l) => {
      let s = 0;
      for (let i = 0; i < text.length; i++) {
        const at = s * A + this.symbolOf[text.charCodeAt(i)];
        if (table[at] < 0) {
          table[at] = states;
          outputs.push([]);
          states++;
        }
        s = table[at];
      }
      outputs[s].push(l);
    });

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
    this.table = table.subarray(0, states * A).map((next) => (outputs[next].length ? ~(next * A) : next * A));
    this.outStart = new Int32Array(states + 1);
    const flat: number[] = [];
    for (let s = 0; s < states; s++) {
      this.outStart[s] = flat.length;
      flat.push(...new Set(outputs[s]));
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
    // Literals say "0" for any digit (`\d`), so every digit reads as "0".
    for (let c = 0x31; c <= 0x39; c++) symbolOf[c] = symbolOf[0x30];
  }

  /** Whether `source`'s literals are in this scanner. */
  covers(source: LiteralSource): boolean {
    return this.base.has(source);
  }

  /** Every alternative (scanner-wide id) with a literal of each of its groups in `text` (any case), ascending. */
  scan(text: string): readonly number[] {
    const { table, symbolOf, outStart, outIds, literalLength, literalFlags, seenLiteral, alphabet: A } = this;
    const letter = letters();
    const stamp = ++this.stamp;
    const literals: number[] = [];
    const last = text.length - 1;
    let s = 0;
    for (let i = 0; i <= last; i++) {
      s = table[s + symbolOf[text.charCodeAt(i)]];
      if (s >= 0) continue;
      s = ~s;
      const state = s / A;
      const end = outStart[state + 1];
      for (let k = outStart[state]; k < end; k++) {
        const l = outIds[k];
        if (seenLiteral[l] === stamp) continue;
        const flags = literalFlags[l];
        if (flags !== 0) {
          const before = i - literalLength[l];
          if (flags & START && before >= 0 && letter[text.charCodeAt(before)] === 1) continue;
          if (flags & END && i < last && letter[text.charCodeAt(i + 1)] === 1) continue;
        }
        seenLiteral[l] = stamp;
        literals.push(l);
      }
    }
    if (literals.length === 0) return NONE;
    // An alternative counts once every one of its groups has a literal here.
    const { groupStart, groupIds, seen, alternativeOf, groupCount, alternativeStamp, groupsFound } = this;
    const out: number[] = [];
    for (const l of literals) {
      for (let k = groupStart[l]; k < groupStart[l + 1]; k++) {
        const id = groupIds[k];
        if (seen[id] === stamp) continue;
        seen[id] = stamp;
        const alternative = alternativeOf[id];
        if (alternativeStamp[alternative] !== stamp) {
          alternativeStamp[alternative] = stamp;
          groupsFound[alternative] = 0;
        }
        if (++groupsFound[alternative] === groupCount[alternative]) out.push(alternative);
      }
    }
    return out.length > 1 ? out.sort((a, b) => a - b) : out;
  }

  /** The alternatives in any of `lists` (results of `scan`), ascending. */
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
    const end = base + source.alternativeGroups.length;
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
