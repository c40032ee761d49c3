import { blocksFor, formatMessage, type CompiledRule } from '../compiled-rule';
import { Matcher } from '../matcher';
import type { SubstitutionRule } from '../rule-spec';
import { ExceptionFilter } from './existence';

export function compileSubstitution(spec: SubstitutionRule): CompiledRule {
  const keys = Object.keys(spec.swap);
  const replacements = keys.map((k) => {
    const value = spec.swap[k];
    return typeof value === 'string' ? [value] : [...value];
  });
  const matcher = new Matcher(keys);
  const exceptions = new ExceptionFilter(spec.exceptions);
  return {
    spec,
    matchers: [matcher, ...exceptions.matchers],
    check(ctx, report) {
      if (!ctx.mayMatch(matcher)) return;
      for (const block of blocksFor(spec, ctx)) {
        for (const m of matcher.matches(block)) {
          if (exceptions.covers(block, m)) continue;
          const matched = block.original(m.start, m.end);
          const options = replacements[m.index];
          const start = block.start + m.start;
          const end = block.start + m.end;
          report({
            start,
            end,
            message: formatMessage(spec.message, matched, options.map((o) => matchCase(o, matched)).join(' / ')),
            fix: options.length ? { start, end, text: matchCase(options[0], matched) } : undefined,
          });
        }
      }
    },
  };
}

/** A replacement for a capitalised match starts with a capital too. */
export function matchCase(replacement: string, matched: string): string {
  if (!replacement) return replacement;
  const first = matched.charAt(0);
  const capital = first !== first.toLowerCase() && first === first.toUpperCase();
  return capital ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}
