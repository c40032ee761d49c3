import type { LiteralSource } from './literal-scanner';
import { compilePhrase, type CompiledPhrase } from './phrase';
import { foldYo } from './text/fold';
import { MATCH_WINDOW, matchWindows } from './match-windows';
import { literalGroupsOfPattern, type LiteralGroup } from './triggers';

const NONE: readonly Match[] = Object.freeze([]);
const NONE_SELECTED: readonly number[] = Object.freeze([]);

/** Text to search, with its lowercase form for the literal prefilter (same as LintBlock). */
export interface Haystack {
  readonly text: string;
  readonly lower: string;
  /**
   * The alternatives of `matcher` whose literals occur in the text (ascending), when the
   * haystack was scanned for them (see literal-scanner.ts); undefined when it wasn't.
   */
  literalHits?(matcher: Matcher): readonly number[] | undefined;
  /** Run every alternative, no literal prefilter: for the tests that show the prefilter changes no match. */
  readonly exhaustive?: boolean;
}

/** A pattern as the matcher runs it: ё folded like the text (flags `giu`, or `gu` when case matters). */
export function runningSource(pattern: string): string {
  return foldYo(pattern);
}

/**
 * Whether a pattern refers to its own groups (`\1`, `\k<name>`) or names one.
 * Such a pattern runs alone: in the one alternation of all patterns its group
 * numbers would shift and its names could clash. Textual, so it may say yes
 * for an escaped backslash before a digit; that only costs the faster path.
 */
function refersToGroups(source: string): boolean {
  return /\\[1-9]|\\k<|\(\?<(?![=!])/.test(source);
}

export interface Match {
  readonly start: number;
  readonly end: number;
  /** Which phrase or pattern matched, in the order given (phrases first). */
  readonly index: number;
}

/**
 * Phrases and patterns of one rule as a single global regex, one capture group
 * per alternative, so a block is scanned once per rule whatever the list size.
 * When the block says which alternatives' literals it contains, only those
 * alternatives run, each as its own regex, and their matches are merged the way
 * the alternation would pick them (leftmost, then first in order): an
 * alternative whose literal is absent cannot match, so leaving it out changes
 * no match. (A regex per subset would be simpler to merge, but V8 compiles
 * every new regex to machine code, and a KB produces thousands of subsets.)
 */
export class Matcher implements LiteralSource {
  private readonly sources: string[] = [];
  private readonly checks: (CompiledPhrase | undefined)[] = [];
  readonly alternativeGroups: (readonly LiteralGroup[] | undefined)[] = [];
  /** Alternatives without a provable literal: they run in every block. */
  private readonly always: number[] = [];
  /**
   * All alternatives as one regex, one capture group per alternative (patterns may hold groups of
   * their own); undefined when there are none, or when one refers to its groups (then every
   * alternative runs alone); null until first asked for (see `full`).
   */
  private fullRegex: { readonly regex: RegExp; readonly groupOf: readonly number[] } | undefined | null = null;
  private readonly all: readonly number[];
  /** Each alternative alone, compiled on first use. */
  private readonly single: (RegExp | undefined)[] = [];
  /** Fallback prefilter for haystacks that were not scanned: every literal of every alternative, when all have one. */
  private readonly literalRe: RegExp | undefined;

  constructor(
    phrases: readonly string[] = [],
    patterns: readonly string[] = [],
    private readonly caseSensitive = false,
  ) {
    for (const phrase of phrases) {
      const compiled = compilePhrase(phrase);
      this.sources.push(compiled.source);
      this.checks.push(compiled);
      this.alternativeGroups.push(normalise(literalGroupsOfPattern(compiled.source)));
    }
    for (const pattern of patterns) {
      // Validates alone first, so a bad pattern's error names it rather than the whole alternation.
      new RegExp(pattern, 'iu');
      const folded = runningSource(pattern);
      this.sources.push(folded);
      this.checks.push(undefined);
      this.alternativeGroups.push(normalise(literalGroupsOfPattern(folded)));
    }
    this.alternativeGroups.forEach((l, i) => l || this.always.push(i));
    this.all = this.sources.map((_, i) => i);
    // One plain alternation of each alternative's best literals (no `i`, no `u`, no look-arounds): V8 scans it far faster than a loop of includes().
    const all = this.always.length ? [] : this.alternativeGroups.flatMap((groups) => groups![0].map((l) => l.text));
    this.literalRe = all.length
      ? new RegExp([...new Set(all)].map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[0-9]/g, '\\d')).join('|'))
      : undefined;
  }

  /**
   * Built on first use: counting an alternative's groups compiles it, which for
   * the built-in rules' 439 alternatives was ~40 % of compiling the rules, paid
   * by every CLI run; with the literal prefilter a block seldom runs all the
   * alternatives of a rule.
   */
  private get full(): { readonly regex: RegExp; readonly groupOf: readonly number[] } | undefined {
    if (this.fullRegex !== null) return this.fullRegex;
    if (!this.sources.length || this.sources.some(refersToGroups)) return (this.fullRegex = undefined);
    const groupOf: number[] = [];
    let group = 1;
    for (const source of this.sources) {
      groupOf.push(group);
      group += 1 + countGroups(source);
    }
    return (this.fullRegex = { regex: new RegExp(this.sources.map((s) => `(${s})`).join('|'), this.flags), groupOf });
  }

  private get flags(): string {
    return this.caseSensitive ? 'gu' : 'giu';
  }

  get isEmpty(): boolean {
    return this.sources.length === 0;
  }

  /**
   * Whether any alternative can match, given the alternatives whose literals a text contains
   * (from a literal scan; undefined when there was none).
   */
  canMatch(hits: readonly number[] | undefined): boolean {
    return !this.isEmpty && (hits === undefined || hits.length > 0 || this.always.length > 0);
  }

  /** Matches, non-overlapping, left to right; at most `limit` of them. */
  matches(haystack: Haystack, limit = Infinity): readonly Match[] {
    if (this.isEmpty) return NONE;
    const selected = this.selected(haystack);
    if (selected.length === 0) return NONE;
    const { text } = haystack;
    if (text.length <= MATCH_WINDOW) return this.matchesIn(text, selected, limit);
    const out: Match[] = [];
    for (const w of matchWindows(text)) {
      for (const m of this.matchesIn(text.slice(w.start, w.end), selected, limit - out.length)) {
        out.push({ start: w.start + m.start, end: w.start + m.end, index: m.index });
      }
      if (out.length >= limit) break;
    }
    return out;
  }

  /** The alternatives that can match in the haystack (ascending), by the literal prefilter. */
  private selected(haystack: Haystack): readonly number[] {
    if (haystack.exhaustive) return this.all;
    const hits = haystack.literalHits?.(this);
    if (hits === undefined) return !this.literalRe || this.literalRe.test(haystack.lower) ? this.all : NONE_SELECTED;
    if (hits.length === 0 && this.always.length === 0) return NONE_SELECTED;
    return this.always.length ? [...new Set([...this.always, ...hits])].sort((a, b) => a - b) : hits;
  }

  private matchesIn(text: string, selected: readonly number[], limit: number): Match[] {
    return selected.length === this.sources.length && this.full ? this.allMatches(text, limit) : this.someMatches(text, selected, limit);
  }

  private allMatches(text: string, limit: number): Match[] {
    const { regex, groupOf } = this.full!;
    const out: Match[] = [];
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      let index = 0;
      while (index < groupOf.length - 1 && m[groupOf[index]] === undefined) index++;
      if (!this.accepts(index, m[0])) {
        // Let a shorter phrase that starts at the same place still match.
        regex.lastIndex = m.index + 1;
        continue;
      }
      out.push({ start: m.index, end: m.index + m[0].length, index });
      if (out.length >= limit) break;
    }
    return out;
  }

  /** What allMatches gives when only `selected` (ascending) can match: each alternative's next match, the leftmost first. */
  private someMatches(text: string, selected: readonly number[], limit: number): Match[] {
    const out: Match[] = [];
    const regexes = selected.map((i) => (this.single[i] ??= new RegExp(this.sources[i], this.flags)));
    const next: (RegExpExecArray | null | undefined)[] = new Array(selected.length);
    let from = 0;
    for (;;) {
      let best = -1;
      for (let k = 0; k < regexes.length; k++) {
        let m = next[k];
        if (m === undefined || (m !== null && m.index < from)) {
          regexes[k].lastIndex = from;
          next[k] = m = regexes[k].exec(text);
        }
        if (m && (best < 0 || m.index < next[best]!.index)) best = k;
      }
      if (best < 0) return out;
      const m = next[best]!;
      const index = selected[best];
      if (m[0].length === 0 || !this.accepts(index, m[0])) {
        // As the alternation does: an empty or rejected match moves the search one character on.
        from = m.index + 1;
        continue;
      }
      from = m.index + m[0].length;
      out.push({ start: m.index, end: from, index });
      if (out.length >= limit) return out;
    }
  }

  private accepts(index: number, matched: string): boolean {
    const check = this.checks[index];
    return !check || check.accepts(matched);
  }

  test(haystack: Haystack): boolean {
    return this.matches(haystack, 1).length > 0;
  }
}

/** Literals are searched in lowercase, ё-folded text. */
function normalise(groups: LiteralGroup[] | undefined): LiteralGroup[] | undefined {
  return groups?.map((group) => group.map((l) => ({ ...l, text: foldYo(l.text.toLowerCase()) })));
}

function countGroups(source: string): number {
  return new RegExp(`${source}|`, 'u').exec('')!.length - 1;
}
