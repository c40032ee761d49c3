/**
 * What a lint run keeps per set of rules, so that the documents of the run share it: the rules that
 * apply per kind, type and channels, and the literal scanner (an Aho–Corasick automaton over every
 * rule's literals, the costliest thing to build). Kept by a DocumentLinter, never module-wide.
 */
import type { KbDocument } from '../kb/document';
import type { CompiledRule } from './compiled-rule';
import type { ActiveRule } from './engine';
import { LiteralScanner } from './literal-scanner';

/**
 * The rules that apply to a document's kind, type and channels. Documents share a few dozen such
 * combinations, so the answer is kept per rule set and combination, not worked out per document.
 */
export class ApplicableRules {
  private readonly bySet = new WeakMap<readonly ActiveRule[], Map<string, readonly ActiveRule[]>>();

  for(rules: readonly ActiveRule[], doc: KbDocument): readonly ActiveRule[] {
    const { kind, type, channels } = doc.meta;
    const key = `${kind ?? ''}\u0000${type ?? ''}\u0000${channels.join(',')}`;
    let byKey = this.bySet.get(rules);
    if (!byKey) this.bySet.set(rules, (byKey = new Map()));
    let applicable = byKey.get(key);
    if (!applicable) {
      applicable = rules.filter((r) => applies(r.rule, doc));
      // Bounded: channel lists are free text in broken documents.
      if (byKey.size < 1_000) byKey.set(key, applicable);
    }
    return applicable;
  }
}

function applies(rule: CompiledRule, doc: KbDocument): boolean {
  const { spec } = rule;
  const { meta } = doc;
  if (spec.kinds && !(meta.kind && spec.kinds.includes(meta.kind))) return false;
  if (spec.types && !(meta.type && spec.types.includes(meta.type))) return false;
  if (spec.channels && !meta.channels.some((c) => spec.channels!.includes(c))) return false;
  return true;
}

/** Distinct rule sets whose scanners are kept (a KB has a few: one per combination of overrides). */
const SCANNERS_KEPT = 16;

/**
 * One literal scanner per set of rules. Callers may pass a new array for every document (RuleSet
 * does), so arrays map to a key made of the rules' identities, and equal sets share a scanner.
 */
export class LiteralScanners {
  private readonly byRules = new WeakMap<readonly ActiveRule[], LiteralScanner>();
  private readonly byKey = new Map<string, LiteralScanner>();
  private readonly serial = new WeakMap<CompiledRule, number>();
  private serials = 0;

  for(rules: readonly ActiveRule[]): LiteralScanner {
    let scanner = this.byRules.get(rules);
    if (scanner) return scanner;
    const key = rules.map(({ rule }) => this.serialOf(rule)).join(',');
    scanner = this.byKey.get(key);
    if (!scanner) {
      if (this.byKey.size >= SCANNERS_KEPT) this.byKey.delete(this.byKey.keys().next().value!);
      scanner = new LiteralScanner(rules.flatMap(({ rule }) => rule.matchers ?? []));
      this.byKey.set(key, scanner);
    }
    this.byRules.set(rules, scanner);
    return scanner;
  }

  private serialOf(rule: CompiledRule): number {
    let serial = this.serial.get(rule);
    if (serial === undefined) this.serial.set(rule, (serial = ++this.serials));
    return serial;
  }
}
