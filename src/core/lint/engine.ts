import { sortByPosition } from '../issues';
import type { KbDocument } from '../kb/document';
import type { Issue, Severity } from '../types';
import { isParagraphLocal, type BlockCache } from './block-cache';
import type { CompiledRule, Finding } from './compiled-rule';
import { LintBlock, LintContext, type Locale } from './context';
import { Directives } from './directives';
import { LiteralScanner } from './literal-scanner';
import { scanProse } from './prose';

/** A rule as it applies to one document: compiled, with the severity its configuration gives. */
export interface ActiveRule {
  readonly rule: CompiledRule;
  readonly severity: Severity;
}

/**
 * Lints one parsed document. Rules see prose only (code, URLs, placeholders,
 * HTML, front matter and quoted customer text are skipped), each paragraph
 * tagged with its language. A rule that throws is reported, never fatal.
 */
export function lintDocument(doc: KbDocument, rules: readonly ActiveRule[], cache?: BlockCache): Issue[] {
  const applicable = rules.filter((r) => applies(r.rule, doc));
  // A binary file has no prose worth reading; parsing already said what is wrong with it.
  if (applicable.length === 0 || doc.issues.some((i) => i.ruleId === 'kb/binary-file')) return [];
  const scan = scanProse(doc.text, doc.bodyOffset);
  const fallback: Locale = doc.meta.locale?.toLowerCase().startsWith('en') ? 'en' : 'ru';
  const scanner = scannerFor(rules);
  const ctx = new LintContext(
    doc,
    scan.blocks.map((b) => new LintBlock(doc.text, b, fallback, scanner)),
    scanner,
  );
  const directives = new Directives(scan.comments, doc.lines, doc.text.length);
  const issues: Issue[] = [];
  for (const { rule, severity } of applicable) {
    const id = rule.spec.id;
    const report = (f: Finding) => {
      if (directives.isDisabled(id, f.start)) return;
      issues.push({
        ruleId: id,
        severity,
        message: f.message,
        range: doc.lines.range(f.start, f.end),
        fix: f.fix && { range: doc.lines.range(f.fix.start, f.fix.end), text: f.fix.text },
      });
    };
    try {
      if (cache && isParagraphLocal(rule.spec)) checkByParagraph(rule, ctx, cache, report);
      else rule.check(ctx, report);
    } catch (error) {
      issues.push({
        ruleId: id,
        severity: 'error',
        message: `Rule ${id} failed: ${(error as Error).message}`,
        range: doc.lines.range(0, 0),
      });
    }
  }
  return sortByPosition(issues);
}

/** Runs a paragraph-local rule paragraph by paragraph, reusing cached findings of unchanged paragraphs. */
function checkByParagraph(rule: CompiledRule, ctx: LintContext, cache: BlockCache, report: (f: Finding) => void): void {
  for (const block of ctx.blocks) {
    const key = block.cacheKey;
    let found = cache.get(key, rule);
    if (!found) {
      const relative: Finding[] = [];
      rule.check(ctx.only(block), (f) => relative.push(shift(f, -block.start)));
      cache.set(key, rule, relative);
      found = relative;
    }
    for (const f of found) report(shift(f, block.start));
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

function applies(rule: CompiledRule, doc: KbDocument): boolean {
  const { spec } = rule;
  const { meta } = doc;
  if (spec.kinds && !(meta.kind && spec.kinds.includes(meta.kind))) return false;
  if (spec.types && !(meta.type && spec.types.includes(meta.type))) return false;
  if (spec.channels && !meta.channels.some((c) => spec.channels!.includes(c))) return false;
  return true;
}

const scannerByRules = new WeakMap<readonly ActiveRule[], LiteralScanner>();
const scannerByKey = new Map<string, LiteralScanner>();
const ruleSerial = new WeakMap<CompiledRule, number>();
let serials = 0;
/** Distinct rule sets whose scanners are kept (a KB has a few: one per combination of overrides). */
const SCANNERS_KEPT = 16;

/**
 * One literal scanner per set of rules. Callers may pass a new array for every document (RuleSet
 * does), so arrays map to a key made of the rules' identities, and equal sets share a scanner.
 */
function scannerFor(rules: readonly ActiveRule[]): LiteralScanner {
  let scanner = scannerByRules.get(rules);
  if (scanner) return scanner;
  const key = rules.map(({ rule }) => ruleSerial.get(rule) ?? (ruleSerial.set(rule, ++serials), serials)).join(',');
  scanner = scannerByKey.get(key);
  if (!scanner) {
    if (scannerByKey.size >= SCANNERS_KEPT) scannerByKey.delete(scannerByKey.keys().next().value!);
    scanner = new LiteralScanner(rules.flatMap(({ rule }) => rule.matchers ?? []));
    scannerByKey.set(key, scanner);
  }
  scannerByRules.set(rules, scanner);
  return scanner;
}
