import { newStemmer } from 'snowball-stemmers';
import { foldYo } from './fold';

const russian = newStemmer('russian');

/**
 * Snowball stem of a Russian word, lowercased, ё folded. Cached: the same few hundred words recur. A
 * memo of a pure function: what one lint puts in, another may take out unchanged.
 */
const cache = new Map<string, string>();
export function russianStem(word: string): string {
  const key = foldYo(word.toLowerCase());
  let stem = cache.get(key);
  if (stem === undefined) {
    stem = foldYo(russian.stem(key));
    if (cache.size > 50_000) cache.clear();
    cache.set(key, stem);
  }
  return stem;
}

export const CYRILLIC = /\p{Script=Cyrillic}/u;

export function isCyrillicWord(word: string): boolean {
  return CYRILLIC.test(word);
}
