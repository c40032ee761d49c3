import { blocksFor, formatMessage, type CompiledRule } from '../compiled-rule';
import { Matcher, type Match } from '../matcher';
import type { OccurrenceRule } from '../rule-spec';

/** Flags every match past the `max`-th in its sentence, paragraph or document. */
export function compileOccurrence(spec: OccurrenceRule): CompiledRule {
  const matcher = new Matcher(spec.phrases, spec.patterns);
  return {
    spec,
    matchers: [matcher],
    check(ctx, report) {
      if (!ctx.mayMatch(matcher)) return;
      let inDocument = 0;
      for (const block of blocksFor(spec, ctx)) {
        const found: Match[] = [...matcher.matches(block)];
        const flag = (m: Match) =>
          report({ start: block.start + m.start, end: block.start + m.end, message: formatMessage(spec.message, block.original(m.start, m.end)) });
        if (spec.scope === 'document') {
          for (const m of found) if (++inDocument > spec.max) flag(m);
        } else if (spec.scope === 'paragraph') {
          found.slice(spec.max).forEach(flag);
        } else {
          for (const sentence of block.sentences) {
            found.filter((m) => m.start >= sentence.start && m.start < sentence.end).slice(spec.max).forEach(flag);
          }
        }
      }
    },
  };
}
