import { blocksFor, formatMessage, type CompiledRule } from '../compiled-rule';
import type { CapitalizationRule } from '../rule-spec';
import { WordPatterns } from '../text/word-patterns';

export function compileCapitalization(spec: CapitalizationRule): CompiledRule {
  const allow = new Set(spec.allow ?? []);
  const minLength = spec.minLength ?? 4;
  return {
    spec,
    check(ctx, report) {
      for (const block of blocksFor(spec, ctx)) {
        for (const m of capsWords(block.text, block.simple, block.patterns)) {
          const word = block.original(m.index, m.index + m[0].length);
          if (word.length < minLength || allow.has(word) || /\p{N}/u.test(word)) continue;
          report({ start: block.start + m.index, end: block.start + m.index + word.length, message: formatMessage(spec.message, word) });
        }
      }
    },
  };
}

/** Capitalised words in `text`; `simple` when isSimpleText(text) holds; `patterns`: the lint run's. */
export function capsWords(text: string, simple: boolean, patterns = new WordPatterns()): RegExpExecArray[] {
  const caps = patterns.capitals(simple);
  const found: RegExpExecArray[] = [];
  for (let m = caps.exec(text); m; m = caps.exec(text)) found.push(m);
  return found;
}
