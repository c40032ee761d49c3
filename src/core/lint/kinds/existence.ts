import { blocksFor, formatMessage, type CompiledRule } from '../compiled-rule';
import type { LintBlock } from '../context';
import { Matcher, type Match } from '../matcher';
import type { ExistenceRule } from '../rule-spec';

export function compileExistence(spec: ExistenceRule): CompiledRule {
  const matcher = new Matcher(spec.phrases, spec.patterns, spec.caseSensitive);
  const exceptions = new ExceptionFilter(spec.exceptions);
  return {
    spec,
    matchers: [matcher, ...exceptions.matchers],
    check(ctx, report) {
      if (!ctx.mayMatch(matcher)) return;
      for (const block of blocksFor(spec, ctx)) {
        for (const m of matcher.matches(block)) {
          if (exceptions.covers(block, m)) continue;
          report({ start: block.start + m.start, end: block.start + m.end, message: formatMessage(spec.message, block.original(m.start, m.end)) });
        }
      }
    },
  };
}

/** Exception phrases or patterns: a match that overlaps one is not a finding. */
export class ExceptionFilter {
  private readonly matcher: Matcher | undefined;
  private readonly cache = new WeakMap<LintBlock, Match[]>();

  constructor(exceptions: readonly string[] | undefined) {
    if (!exceptions?.length) return;
    // An exception is a pattern when it looks like one, else a phrase of exact word forms:
    // stems would make «данные» (data) cancel «данный» too, since both stem to «дан».
    const patterns = exceptions.filter(isPattern);
    const phrases = exceptions.filter((e) => !isPattern(e)).map(exactForms);
    this.matcher = new Matcher(phrases, patterns);
  }

  get matchers(): Matcher[] {
    return this.matcher ? [this.matcher] : [];
  }

  covers(block: LintBlock, m: { start: number; end: number }): boolean {
    if (!this.matcher) return false;
    let found = this.cache.get(block);
    if (!found) {
      found = [...this.matcher.matches(block)];
      this.cache.set(block, found);
    }
    return found.some((e) => e.start < m.end && m.start < e.end);
  }
}

function exactForms(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((w) => (w.startsWith('=') || w.endsWith('*') ? w : `=${w}`))
    .join(' ');
}

/** Exceptions are phrases unless they contain regex syntax. */
export function isPattern(text: string): boolean {
  return /[\\()[\]|?+{}^$]/.test(text);
}
