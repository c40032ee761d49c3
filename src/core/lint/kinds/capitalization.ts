import { blocksFor, formatMessage, type CompiledRule } from '../compiled-rule';
import type { CapitalizationRule } from '../rule-spec';
import { SIMPLE_ALNUM, SIMPLE_UPPER } from '../../text/simple-text';

/**
 * Words of two or more capitals, optionally with digits or hyphens inside. The
 * look-behind comes after the first capital: V8 then tries it only at capitals.
 */
const CAPS_WORD = /\p{Lu}(?<![\p{L}\p{N}_]\p{Lu})[\p{Lu}\p{N}-]*\p{Lu}(?![\p{L}\p{N}_])/gu;
/** CAPS_WORD for texts where isSimpleText holds. */
const SIMPLE_CAPS_WORD = new RegExp(`[${SIMPLE_UPPER}](?<![${SIMPLE_ALNUM}_][${SIMPLE_UPPER}])[${SIMPLE_UPPER}0-9-]*[${SIMPLE_UPPER}](?![${SIMPLE_ALNUM}_])`, 'g');

export function compileCapitalization(spec: CapitalizationRule): CompiledRule {
  const allow = new Set(spec.allow ?? []);
  const minLength = spec.minLength ?? 4;
  return {
    spec,
    check(ctx, report) {
      for (const block of blocksFor(spec, ctx)) {
        for (const m of capsWords(block.text, block.simple)) {
          const word = block.original(m.index, m.index + m[0].length);
          if (word.length < minLength || allow.has(word) || /\p{N}/u.test(word)) continue;
          report({ start: block.start + m.index, end: block.start + m.index + word.length, message: formatMessage(spec.message, word) });
        }
      }
    },
  };
}

/** Capitalised words in `text`; `simple` when isSimpleText(text) holds. */
export function capsWords(text: string, simple: boolean): RegExpExecArray[] {
  const caps = simple ? SIMPLE_CAPS_WORD : CAPS_WORD;
  const found: RegExpExecArray[] = [];
  caps.lastIndex = 0;
  for (let m = caps.exec(text); m; m = caps.exec(text)) found.push(m);
  return found;
}
