import { sortByPosition } from '../issues';
import type { KbDocument } from '../kb/document';
import type { Issue, Severity } from '../types';
import { isParagraphLocal, type BlockCache } from './block-cache';
import type { CompiledRule, Finding } from './compiled-rule';
import { LintBlock, LintContext, type BlockTools, type Locale } from './context';
import { Directives } from './directives';
import { ApplicableRules, LiteralScanners } from './rule-set-caches';
import { scanProse, type ProseScan } from './prose';
import { IssueCap, TOO_COMPLEX_RULE } from '../issue-cap';
import { approximationMessage } from './prose/approximations';
import { FastScanner } from './prose/fast';
import { WordPatterns } from './text/word-patterns';

/** A rule as it applies to one document: compiled, with the severity its configuration gives. */
export interface ActiveRule {
  readonly rule: CompiledRule;
  readonly severity: Severity;
}

/**
 * Lints documents one at a time, keeping what the documents of one run share: a literal scanner per
 * set of rules, the rules that apply per kind, type and channels, the prose scanner's buffers and the
 * word regexes. One per run (a KbLinter keeps one); two share nothing, so two runs can interleave.
 */
export class DocumentLinter {
  private readonly applicable = new ApplicableRules();
  private readonly scanners = new LiteralScanners();
  private readonly prose = new FastScanner();
  private readonly patterns = new WordPatterns();

  /**
   * `literalPrefilter: false` runs every alternative of every rule on every block, to show in a test
   * that the prefilter changes no finding.
   */
  constructor(private readonly options: { readonly literalPrefilter?: boolean } = {}) {}

  /**
   * Lints one parsed document. Rules see prose only (code, URLs, placeholders,
   * HTML, front matter and quoted customer text are skipped), each paragraph
   * tagged with its language. A rule that throws is reported, never fatal.
   */
  lint(doc: KbDocument, rules: readonly ActiveRule[], cache?: BlockCache): Issue[] {
    const applicable = this.applicable.for(rules, doc);
    // A binary file has no prose worth reading; parsing already said what is wrong with it.
    if (applicable.length === 0 || doc.issues.some((i) => i.ruleId === 'kb/binary-file')) return [];
    const tools = { scanner: this.options.literalPrefilter === false ? undefined : this.scanners.for(rules), patterns: this.patterns };
    return lintScanned(doc, applicable, scanProse(doc.text, doc.bodyOffset, undefined, this.prose), tools, cache);
  }
}

/** Lints one parsed document, as a run of its own (to lint many, keep a DocumentLinter). */
export function lintDocument(doc: KbDocument, rules: readonly ActiveRule[], cache?: BlockCache): Issue[] {
  return new DocumentLinter().lint(doc, rules, cache);
}

/** The rules that apply, run over the document's scanned prose. */
function lintScanned(doc: KbDocument, applicable: readonly ActiveRule[], scan: ProseScan, tools: BlockTools, cache: BlockCache | undefined): Issue[] {
  const fallback: Locale = doc.meta.locale?.toLowerCase().startsWith('en') ? 'en' : 'ru';
  const ctx = new LintContext(
    doc,
    scan.blocks.map((b) => new LintBlock(doc.text, b, fallback, tools)),
    tools.scanner,
  );
  const directives = new Directives(scan.comments, doc.lines, doc.text.length);
  const issues: Issue[] = [];
  const cap = new IssueCap(issues);
  const reporter = (rule: CompiledRule, severity: Severity) => {
    const id = rule.spec.id;
    return (f: Finding) => {
      if (directives.isDisabled(id, f.start)) return;
      if (!cap.admits(id, () => doc.lines.range(f.start, f.end))) return;
      issues.push({
        ruleId: id,
        severity,
        message: f.message,
        range: doc.lines.range(f.start, f.end),
        fix: f.fix && { range: doc.lines.range(f.fix.start, f.fix.end), text: f.fix.text },
      });
    };
  };
  // Where the scan read the document approximately (past a limit, or too big for the exact parser),
  // say so where it starts: missing or odd findings there have a reason.
  for (const { kind, offset } of scan.approximations) {
    if (directives.isDisabled(TOO_COMPLEX_RULE, offset)) continue;
    issues.push({ ruleId: TOO_COMPLEX_RULE, severity: 'info', message: approximationMessage(kind), range: doc.lines.range(offset, Math.min(offset + 1, doc.text.length)) });
  }
  const failed = (rule: CompiledRule, error: unknown) =>
    issues.push({
      ruleId: rule.spec.id,
      severity: 'error',
      message: `Rule ${rule.spec.id} failed: ${(error as Error).message}`,
      range: doc.lines.range(0, 0),
    });
  const byParagraph = cache ? applicable.filter((r) => isParagraphLocal(r.rule.spec)) : [];
  if (cache && byParagraph.length) checkByParagraph(byParagraph, ctx, cache, reporter, failed);
  // One report function for the rules run below, told which rule is running: a closure per rule
  // and document (730k for the bench's 10k documents, nearly all never called) was garbage.
  let current: ActiveRule | undefined;
  const report = (f: Finding) => current && reporter(current.rule, current.severity)(f);
  for (const active of applicable) {
    if (cache && isParagraphLocal(active.rule.spec)) continue;
    current = active;
    try {
      active.rule.check(ctx, report);
    } catch (error) {
      failed(active.rule, error);
    } finally {
      // A rule that kept `report` and calls it later reports nothing.
      current = undefined;
    }
  }
  return sortByPosition(issues);
}

/** Runs paragraph-local rules paragraph by paragraph, reusing cached findings of unchanged paragraphs. */
function checkByParagraph(
  rules: readonly ActiveRule[],
  ctx: LintContext,
  cache: BlockCache,
  reporter: (rule: CompiledRule, severity: Severity) => (f: Finding) => void,
  failed: (rule: CompiledRule, error: unknown) => void,
): void {
  const reports = rules.map(({ rule, severity }) => reporter(rule, severity));
  const broken = new Set<CompiledRule>();
  for (const block of ctx.blocks) {
    const byRule = cache.paragraph(block.cacheKey);
    let alone: LintContext | undefined;
    rules.forEach(({ rule }, i) => {
      let found = byRule.get(rule);
      if (!found) {
        const relative: Finding[] = [];
        try {
          rule.check((alone ??= ctx.only(block)), (f) => relative.push(shift(f, -block.start)));
        } catch (error) {
          // Reported once per document; not cached, so a fixed rule runs again.
          if (!broken.has(rule)) failed(rule, error);
          broken.add(rule);
          return;
        }
        byRule.set(rule, (found = relative));
      }
      for (const f of found) reports[i](shift(f, block.start));
    });
  }
}

function shift(f: Finding, by: number): Finding {
  return {
    start: f.start + by,
    end: f.end + by,
    message: f.message,
    fix: f.fix && { start: f.fix.start + by, end: f.fix.end + by, text: f.fix.text },
  };
}
