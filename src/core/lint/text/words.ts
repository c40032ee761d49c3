import { SIMPLE_ALNUM } from '../../text/simple-text';
import { lowerBound } from './lower-bound';

/** Words: letters and digits, with inner hyphens and apostrophes («что-то», "don't"). */
export const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
/** WORD for texts where isSimpleText holds. */
const SIMPLE_WORD = new RegExp(`[${SIMPLE_ALNUM}]+(?:[-'’][${SIMPLE_ALNUM}]+)*`, 'g');

/** Where each word of `text` starts, ascending: one pass, then any span's count is a binary search (see countStarts). */
export function wordStarts(text: string, simple = false): number[] {
  const word = simple ? SIMPLE_WORD : WORD;
  const starts: number[] = [];
  word.lastIndex = 0;
  for (let m = word.exec(text); m; m = word.exec(text)) starts.push(m.index);
  return starts;
}

/**
 * The words starting in [start, end): countWords(text, start, end) when `start` is not inside
 * a word (a sentence or paragraph never starts inside one).
 */
export function countStarts(starts: readonly number[], start: number, end: number): number {
  return lowerBound(starts, end) - lowerBound(starts, start);
}

export function countWords(text: string, start = 0, end = text.length, simple = false): number {
  const word = simple ? SIMPLE_WORD : WORD;
  word.lastIndex = start;
  let n = 0;
  for (let m = word.exec(text); m && m.index < end; m = word.exec(text)) n++;
  return n;
}

const RU_VOWELS = /[аеёиоуыэюя]/giu;
const EN_VOWEL_GROUPS = /[aeiouy]+/gi;

/** Syllables: Russian vowels; English vowel groups with a silent final e (good enough for Flesch). */
export function countSyllables(word: string, locale: 'ru' | 'en'): number {
  if (locale === 'ru') return Math.max(1, word.match(RU_VOWELS)?.length ?? 0);
  const w = word.toLowerCase().replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, w.match(EN_VOWEL_GROUPS)?.length ?? 0);
}
