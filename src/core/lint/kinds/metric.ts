import { blocksFor, formatMessage, type CompiledRule } from '../compiled-rule';
import type { MetricRule } from '../rule-spec';
import { readingEase } from '../text/readability';

export function compileMetric(spec: MetricRule): CompiledRule {
  const tooHigh = (value: number) => spec.max !== undefined && value > spec.max;
  const tooLow = (value: number) => spec.min !== undefined && value < spec.min;
  return {
    spec,
    check(ctx, report) {
      for (const block of blocksFor(spec, ctx)) {
        const whole = () => trimmedSpan(block.text);
        switch (spec.metric) {
          case 'sentence-words':
            for (const s of block.sentences) {
              const words = block.wordsIn(s.start, s.end);
              if (tooHigh(words) || tooLow(words)) {
                report({ start: block.start + s.start, end: block.start + s.end, message: formatMessage(spec.message, String(words)) });
              }
            }
            break;
          case 'paragraph-words':
          case 'paragraph-sentences': {
            const value = spec.metric === 'paragraph-words' ? block.words : block.sentences.length;
            if (tooHigh(value) || tooLow(value)) {
              const span = whole();
              report({ start: block.start + span.start, end: block.start + span.end, message: formatMessage(spec.message, String(value)) });
            }
            break;
          }
          case 'readability': {
            const ease = readingEase(block.text, block.sentences.length, block.locale, block.patterns);
            if (ease !== undefined && (tooHigh(ease) || tooLow(ease))) {
              const span = whole();
              report({ start: block.start + span.start, end: block.start + span.end, message: formatMessage(spec.message, ease.toFixed(0)) });
            }
            break;
          }
        }
      }
    },
  };
}

/** The block without its leading and trailing non-prose, so the underline starts at the first word. */
function trimmedSpan(text: string): { start: number; end: number } {
  const start = text.search(/[\p{L}\p{N}]/u);
  let end = text.length;
  while (end > 0 && /[\s\u0001]/.test(text[end - 1])) end--;
  return { start: Math.max(0, start), end };
}
