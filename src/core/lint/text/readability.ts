import { WordPatterns } from './word-patterns';
import { countSyllables } from './words';

/**
 * Flesch Reading Ease for one paragraph (higher is easier, ~0–100).
 * English: Flesch (1948): 206.835 − 1.015·ASL − 84.6·ASW.
 * Russian: Oborneva's adaptation (И. В. Оборнева, «Автоматизированная оценка
 * сложности учебных текстов на основе статистических параметров», 2006):
 * 206.835 − 1.3·ASL − 60.1·ASW.
 * ASL = words per sentence, ASW = syllables per word.
 */
export function readingEase(text: string, sentences: number, locale: 'ru' | 'en', patterns = new WordPatterns()): number | undefined {
  let words = 0;
  let syllables = 0;
  const word = patterns.words(false);
  for (let m = word.exec(text); m; m = word.exec(text)) {
    if (!/\p{L}/u.test(m[0])) continue;
    words++;
    syllables += countSyllables(m[0], locale);
  }
  if (words === 0 || sentences === 0) return undefined;
  const asl = words / sentences;
  const asw = syllables / words;
  return locale === 'ru' ? 206.835 - 1.3 * asl - 60.1 * asw : 206.835 - 1.015 * asl - 84.6 * asw;
}
