import { blocksFor, formatMessage, type CompiledRule } from '../compiled-rule';
import type { CapitalizationRule } from '../rule-spec';

/** Words of two or more capitals, optionally with digits or hyphens inside. */
const CAPS_WORD = /(?<![\p{L}\p{N}_])\p{Lu}[\p{Lu}\p{N}-]*\p{Lu}(?![\p{L}\p{N}_])/gu;

export function compileCapitalization(spec: CapitalizationRule): CompiledRule {
  const allow = new Set(spec.allow ?? []);
  const minLength = spec.minLength ?? 4;
  return {
    spec,
    check(ctx, report) {
      for (const block of blocksFor(spec, ctx)) {
        CAPS_WORD.lastIndex = 0;
        for (let m = CAPS_WORD.exec(block.text); m; m = CAPS_WORD.exec(block.text)) {
          const word = block.original(m.index, m.index + m[0].length);
          if (word.length < minLength || allow.has(word) || /\p{N}/u.test(word)) continue;
          report({ start: block.start + m.index, end: block.start + m.index + word.length, message: formatMessage(spec.message, word) });
        }
      }
    },
  };
}
