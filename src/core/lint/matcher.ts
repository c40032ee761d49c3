import { compilePhrase, type CompiledPhrase } from './phrase';
import { foldYo } from './text/fold';
import { literalOfPattern } from './triggers';

let prefilterEnabled = true;

/** For the equivalence test only: run every regex everywhere, to show the prefilter changes no result. */
export function setLiteralPrefilter(enabled: boolean): void {
  prefilterEnabled = enabled;
}

/** Text to search, with its lowercase form for the literal prefilter (same as LintBlock). */
export interface Haystack {
  readonly text: string;
  readonly lower: string;
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
 */
export class Matcher {
  private readonly regex: RegExp | undefined;
  private readonly checks: (CompiledPhrase | undefined)[] = [];
  /** Group number of each alternative's wrapper: patterns may hold capture groups of their own. */
  private readonly groupOf: number[] = [];
  /** Every match contains one of these (lowercase); undefined when that can't be proven. See triggers.ts. */
  private readonly literals: readonly string[] | undefined;
  private readonly literalRe: RegExp | undefined;

  constructor(phrases: readonly string[] = [], patterns: readonly string[] = [], caseSensitive = false) {
    const sources: string[] = [];
    let literals: string[] | undefined = [];
    for (const phrase of phrases) {
      const compiled = compilePhrase(phrase);
      sources.push(compiled.source);
      this.checks.push(compiled);
      if (compiled.literal.length >= 2) literals?.push(compiled.literal);
      else literals = undefined;
    }
    for (const pattern of patterns) {
      // Validates alone first, so a bad pattern's error names it rather than the whole alternation.
      new RegExp(pattern, 'iu');
      const folded = foldYo(pattern);
      sources.push(folded);
      this.checks.push(undefined);
      const found = literalOfPattern(folded);
      if (found && literals) literals.push(...found);
      else literals = undefined;
    }
    this.literals = literals && literals.length ? [...new Set(literals.map((l) => foldYo(l.toLowerCase())))] : undefined;
    // One plain alternation of the literals (no `i`, no `u`, no look-arounds): V8 scans it far faster than a loop of includes().
    this.literalRe = this.literals ? new RegExp(this.literals.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')) : undefined;
    let group = 1;
    for (const source of sources) {
      this.groupOf.push(group);
      group += 1 + countGroups(source);
    }
    this.regex = sources.length ? new RegExp(sources.map((s) => `(${s})`).join('|'), caseSensitive ? 'gu' : 'giu') : undefined;
  }

  get isEmpty(): boolean {
    return this.regex === undefined;
  }

  /** Whether the cheap literal check lets the regex run at all. */
  mayMatch(haystack: Haystack): boolean {
    if (!this.literalRe || !prefilterEnabled) return true;
    return this.literalRe.test(haystack.lower);
  }

  /** Matches, non-overlapping, left to right. */
  *matches(haystack: Haystack): Generator<Match> {
    const regex = this.regex;
    if (!regex || !this.mayMatch(haystack)) return;
    const { text } = haystack;
    const to = text.length;
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m && m.index < to; m = regex.exec(text)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const index = this.alternative(m);
      if (m.index + m[0].length > to) continue;
      const check = this.checks[index];
      if (check && !check.accepts(m[0])) {
        // Let a shorter phrase that starts at the same place still match.
        regex.lastIndex = m.index + 1;
        continue;
      }
      yield { start: m.index, end: m.index + m[0].length, index };
    }
  }

  private alternative(m: RegExpExecArray): number {
    for (let i = 0; i < this.groupOf.length; i++) if (m[this.groupOf[i]] !== undefined) return i;
    return 0;
  }

  test(haystack: Haystack): boolean {
    return !this.matches(haystack).next().done;
  }
}

function countGroups(source: string): number {
  return new RegExp(`${source}|`, 'u').exec('')!.length - 1;
}
