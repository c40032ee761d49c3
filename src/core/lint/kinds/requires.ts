import { blocksFor, formatMessage, type CompiledRule } from '../compiled-rule';
import { Matcher } from '../matcher';
import type { RequiresRule } from '../rule-spec';

/**
 * Structure by kind: e.g. an apology needs an action in the same paragraph; a
 * holding reply needs a time frame somewhere; an acknowledgement needs the
 * request-number placeholder in the body.
 */
export function compileRequires(spec: RequiresRule): CompiledRule {
  const when = spec.when ? new Matcher(spec.when.phrases, spec.when.patterns) : undefined;
  const anyOf = new Matcher(spec.anyOf.phrases, spec.anyOf.patterns);
  const placeholders = (spec.anyOf.placeholders ?? []).map((p) => new RegExp(p, 'u'));
  return {
    spec,
    matchers: when ? [when, anyOf] : [anyOf],
    check(ctx, report) {
      const blocks = blocksFor(spec, ctx);
      const { doc } = ctx;
      const bodyUses = () =>
        doc.placeholders.some((p) => doc.lines.offsetAt(p.range.start) >= doc.bodyOffset && placeholders.some((r) => r.test(p.name)));
      const inDocument = () => (ctx.mayMatch(anyOf) && ctx.blocks.some((b) => anyOf.test(b))) || bodyUses();
      if (!when) {
        if (blocks.length === 0 || inDocument()) return;
        const first = blocks[0];
        const line = doc.lines.positionAt(first.start).line;
        report({ start: first.start, end: doc.lines.lineEnd(line), message: formatMessage(spec.message, '') });
        return;
      }
      if (!ctx.mayMatch(when)) return;
      let documentHas: boolean | undefined;
      for (const block of blocks) {
        for (const m of when.matches(block)) {
          const satisfied = spec.scope === 'paragraph' ? anyOf.test(block) || bodyUses() : (documentHas ??= inDocument());
          if (!satisfied) report({ start: block.start + m.start, end: block.start + m.end, message: formatMessage(spec.message, block.original(m.start, m.end)) });
        }
      }
    },
  };
}
