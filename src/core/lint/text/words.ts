import { lowerBound } from './lower-bound';
import { WordPatterns } from './word-patterns';

/**
 * Where each word of `text` starts, ascending: one pass, then any span's count is a binary search (see
 * countStarts). `patterns`: the lint run's (see word-patterns.ts).
 */
export function wordStarts(text: string, simple = false, patterns = new WordPatterns()): number[] {
  const word = patterns.words(simple);
  const starts: number[] = [];
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

export function countWords(text: string, start = 0, end = text.length, simple = false, patterns = new WordPatterns()): number {
  const word = patterns.words(simple, start);
  let n = 0;
  for (let m = word.exec(text); m && m.index < end; m = word.exec(text)) n++;
  return n;
}

/** Syllables: Russian vowels; English vowel groups with a silent final e (good enough for Flesch). */
export function countSyllables(word: string, locale: 'ru' | 'en'): number {
  // Regex literals: each call gets its own copy (global: `match` moves its position), at no cost.
  if (locale === 'ru') return Math.max(1, word.match(/[аеёиоуыэюя]/giu)?.length ?? 0);
  const w = word.toLowerCase().replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, w.match(/[aeiouy]+/gi)?.length ?? 0);
}
