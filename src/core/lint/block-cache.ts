import type { CompiledRule, Finding } from './compiled-rule';
import type { RuleSpec } from './rule-spec';

/**
 * Findings of paragraph-local rules, by paragraph text and language, so that
 * after an edit only the edited paragraph is linted again (the editor's case:
 * a 2,000-line FAQ re-lints in a few milliseconds). Offsets are stored
 * relative to the paragraph. Bounded: the oldest paragraphs are dropped first.
 */
export class BlockCache {
  private readonly entries = new Map<string, Map<CompiledRule, readonly Finding[]>>();

  constructor(private readonly capacity = 50_000) {}

  /**
   * The findings by rule of one paragraph, to read and fill. One lookup per paragraph, not per
   * rule: the key is the paragraph's text, and a hit compares it in full.
   */
  paragraph(key: string): Map<CompiledRule, readonly Finding[]> {
    let byRule = this.entries.get(key);
    if (!byRule) {
      if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(key, (byRule = new Map()));
    }
    return byRule;
  }
}

/** Rules whose findings in a paragraph depend on that paragraph alone. */
export function isParagraphLocal(spec: RuleSpec): boolean {
  switch (spec.kind) {
    case 'existence':
    case 'substitution':
    case 'capitalization':
    case 'metric':
      return true;
    case 'occurrence':
      return spec.scope !== 'document';
    case 'requires':
      return false;
  }
}
