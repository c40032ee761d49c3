import { compilePhrase, type CompiledPhrase } from './phrase';
import { foldYo } from './text/fold';

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

  constructor(phrases: readonly string[] = [], patterns: readonly string[] = [], caseSensitive = false) {
    const sources: string[] = [];
    for (const phrase of phrases) {
      const compiled = compilePhrase(phrase);
      sources.push(compiled.source);
      this.checks.push(compiled);
    }
    for (const pattern of patterns) {
      // Validates alone first, so a bad pattern's error names it rather than the whole alternation.
      new RegExp(pattern, 'iu');
      sources.push(foldYo(pattern));
      this.checks.push(undefined);
    }
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

  /** Matches in `text[from, to)`, non-overlapping, left to right. */
  *matches(text: string, from = 0, to = text.length): Generator<Match> {
    const regex = this.regex;
    if (!regex) return;
    regex.lastIndex = from;
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

  test(text: string, from = 0, to = text.length): boolean {
    return !this.matches(text, from, to).next().done;
  }
}

function countGroups(source: string): number {
  return new RegExp(`${source}|`, 'u').exec('')!.length - 1;
}
