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
import { letterTable } from './text/letter-table';
import { lowerBound } from './text/lower-bound';
import type { Literal, LiteralGroup } from './triggers';

export interface LiteralSource {
  /**
   * Per alternative: groups of lowercase literals, every match containing one literal of each
   * group (see triggers.ts); undefined when none is known.
   */
  readonly alternativeGroups: readonly (readonly LiteralGroup[] | undefined)[];
}

const NONE: readonly number[] = Object.freeze([]);

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
  /**
   * The alternatives whose first (best) group holds literal l: leadIds[leadStart[l] .. leadStart[l + 1]).
   * Only those are looked at when l is found; their other groups are then checked against the
   * literals found. (Expanding every literal into every group it is in was a third of the scan.)
   */
  private readonly leadStart: Int32Array;
  private readonly leadIds: Int32Array;
  /** Other groups of alternative a: restGroups[restStart[a] .. restStart[a + 1]), each a range of restLiterals. */
  private readonly restStart: Int32Array;
  private readonly restGroups: Int32Array;
  private readonly restLiterals: Int32Array;
  private readonly seenLiteral: Int32Array;
  /** Stamps for alternatives, in scan() and union(). */
  private readonly seen: Int32Array;
  private stamp = 0;

  constructor(sources: Iterable<LiteralSource>) {
    // Literals by "flags text": many rules share literals («как», «it»), and each distinct one
    // is checked once per occurrence, whatever the number of groups it serves.
    const literalIds = new Map<string, number>();
    const idOf = (literal: Literal) => {
      const key = `${(literal.start ? START : 0) | (literal.end ? END : 0)}${literal.text.replace(/[0-9]/g, '0')}`;
      let id = literalIds.get(key);
      if (id === undefined) literalIds.set(key, (id = literalIds.size));
      return id;
    };
    const leads: number[][] = [];
    const restStart = [0];
    const restGroups = [0];
    const restLiterals: number[] = [];
    let alternatives = 0;
    for (const source of sources) {
      if (this.base.has(source)) continue;
      this.base.set(source, alternatives);
      for (const groups of source.alternativeGroups) {
        const alternative = alternatives++;
        (groups ?? []).forEach((group, g) => {
          const ids = [...new Set(group.filter((l) => l.text).map(idOf))];
          if (g === 0) {
            for (const id of ids) (leads[id] ??= []).push(alternative);
          } else {
            restLiterals.push(...ids);
            restGroups.push(restLiterals.length);
          }
        });
        restStart.push(restGroups.length - 1);
      }
    }
    const keys = [...literalIds.keys()];
    const texts = keys.map((k) => k.slice(1));
    this.literalFlags = Uint8Array.from(keys, (k) => Number(k[0]));
    this.literalLength = Int32Array.from(texts, (t) => t.length);
    this.seenLiteral = new Int32Array(keys.length);
    this.seen = new Int32Array(alternatives);
    this.leadStart = new Int32Array(keys.length + 1);
    const leadIds: number[] = [];
    keys.forEach((_, l) => {
      this.leadStart[l] = leadIds.length;
      leadIds.push(...(leads[l] ?? []));
    });
    this.leadStart[keys.length] = leadIds.length;
    this.leadIds = Int32Array.from(leadIds);
    this.restStart = Int32Array.from(restStart);
    this.restGroups = Int32Array.from(restGroups);
    this.restLiterals = Int32Array.from(restLiterals);

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
    const letter = letterTable();
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
    const { leadStart, leadIds, restStart, restGroups, restLiterals, seen } = this;
    const out: number[] = [];
    for (const l of literals) {
      next: for (let k = leadStart[l]; k < leadStart[l + 1]; k++) {
        const alternative = leadIds[k];
        if (seen[alternative] === stamp) continue;
        seen[alternative] = stamp;
        for (let g = restStart[alternative]; g < restStart[alternative + 1]; g++) {
          let found = false;
          for (let j = restGroups[g]; j < restGroups[g + 1] && !found; j++) found = seenLiteral[restLiterals[j]] === stamp;
          if (!found) continue next;
        }
        out.push(alternative);
      }
    }
    return ascending(out);
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
    return ascending(found);
  }

  /** `source`'s alternatives (its own indexes, ascending) among `hits` from `scan`; undefined if not covered. */
  alternativesOf(source: LiteralSource, hits: readonly number[]): readonly number[] | undefined {
    const base = this.base.get(source);
    if (base === undefined) return undefined;
    const end = base + source.alternativeGroups.length;
    const lo = lowerBound(hits, base);
    if (lo === hits.length || hits[lo] >= end) return NONE;
    const out: number[] = [];
    for (let k = lo; k < hits.length && hits[k] < end; k++) out.push(hits[k] - base);
    return out;
  }
}

/**
 * `ids` sorted ascending, in place. The lists are a few ids per paragraph, and Array.prototype.sort
 * copies every list it sorts into a work array first: a tenth of the lint's garbage. An insertion
 * sort needs no copy; long lists still go to the built-in sort.
 */
function ascending(ids: number[]): number[] {
  if (ids.length > 32) return ids.sort((a, b) => a - b);
  for (let i = 1; i < ids.length; i++) {
    const id = ids[i];
    let j = i - 1;
    for (; j >= 0 && ids[j] > id; j--) ids[j + 1] = ids[j];
    ids[j + 1] = id;
  }
  return ids;
}
