import type { LintBlock, LintContext } from './context';
import type { Matcher } from './matcher';
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
  /** The matchers the rule runs on blocks, so the engine can find all their literals in one pass. */
  readonly matchers?: readonly Matcher[];
}

/** The blocks a rule looks at: its locale's paragraphs (all when it has none). */
export function blocksFor(spec: RuleSpec, ctx: LintContext): readonly LintBlock[] {
  return ctx.blocksIn(spec.locale);
}

/** `%s` → the matched text; `%r` → the replacement. */
export function formatMessage(template: string, matched: string, replacement = ''): string {
  return template.replace(/%s/g, matched).replace(/%r/g, replacement);
}
