import type { LintBlock, LintContext } from './context';
import type { RuleSpec } from './rule-spec';

/** A problem a rule found; offsets are in the file text. */
export interface Finding {
  readonly start: number;
  readonly end: number;
  readonly message: string;
  readonly fix?: { readonly start: number; readonly end: number; readonly text: string };
}

export type Report = (finding: Finding) => void;

export interface CompiledRule {
  readonly spec: RuleSpec;
  check(ctx: LintContext, report: Report): void;
}

/** The blocks a rule looks at: its locale's paragraphs (all when it has none). */
export function blocksFor(spec: RuleSpec, ctx: LintContext): readonly LintBlock[] {
  return spec.locale ? ctx.blocks.filter((b) => b.locale === spec.locale) : ctx.blocks;
}

/** `%s` → the matched text; `%r` → the replacement. */
export function formatMessage(template: string, matched: string, replacement = ''): string {
  return template.replace(/%s/g, matched).replace(/%r/g, replacement);
}
