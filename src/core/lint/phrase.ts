import { foldYo } from './text/fold';
import { isCyrillicWord, russianStem } from './text/morphology';

/**
 * Compiles the phrase syntax of rule-spec.ts into a regular expression plus a
 * check on the matched words. The regex finds candidates quickly (a Russian
 * word becomes "its stem, then any letters"); `accepts` then confirms each
 * word's Snowball stem, so «появляется» never matches «являться».
 */
export interface CompiledPhrase {
  readonly source: string;
  /** Confirms a regex match (the matched text, as in the document). */
  accepts(matched: string): boolean;
}

/** Unicode word boundaries: JS `\b` only knows ASCII letters. */
export const WORD_START = '(?<![\\p{L}\\p{N}_])';
export const WORD_END = '(?![\\p{L}\\p{N}_])';
/**
 * Between the words of a phrase: spaces or a line break (a paragraph never has
 * a blank line), after an optional comma, since «в случае, если» is how the
 * phrase is usually punctuated.
 */
const GAP = ',?[\\s\\u00a0]+';
const WORD_SPLIT = /,?[\s\u00a0]+/;

type WordTest = (word: string) => boolean;

export function compilePhrase(phrase: string): CompiledPhrase {
  const words = foldYo(phrase.trim()).split(WORD_SPLIT).filter(Boolean);
  if (words.length === 0) throw new Error('empty phrase');
  const parts: string[] = [];
  const tests: WordTest[] = [];
  for (const raw of words) {
    const { source, test } = compileWord(raw);
    parts.push(source);
    tests.push(test);
  }
  return {
    source: `${WORD_START}${parts.join(GAP)}${WORD_END}`,
    accepts(matched) {
      const found = foldYo(matched).split(WORD_SPLIT);
      return found.length === tests.length && tests.every((t, i) => t(found[i]));
    },
  };
}

/**
 * A word's regex and its check. Every word's regex starts with a literal that is
 * not a space, so the spaces between words split one way only: an empty word
 * (`*`, `=`) would let a run of spaces be shared between gaps in polynomially
 * many ways (a phrase of eight `*` on a run of spaces hung lint for over 30 s).
 */
function compileWord(raw: string): { source: string; test: WordTest } {
  if (/^=?\*?$/.test(raw)) throw new Error(`"${raw}" is not a word: "=" and "*" need letters, as in "=форма" or "настро*"`);
  if (raw.startsWith('=')) {
    const exact = raw.slice(1).toLowerCase();
    return { source: escape(exact), test: (w) => w.toLowerCase() === exact };
  }
  if (raw.endsWith('*')) {
    const prefix = raw.slice(0, -1).toLowerCase();
    return { source: `${escape(prefix)}[\\p{L}\\p{N}-]*`, test: () => true };
  }
  const word = raw.toLowerCase();
  if (isCyrillicWord(word) && /^\p{L}+$/u.test(word)) {
    const stem = russianStem(word);
    // Forms share the stem as a prefix; the stem check rejects other words with that prefix.
    return { source: `${escape(stem)}\\p{L}*`, test: (w) => w.toLowerCase() === word || russianStem(w) === stem };
  }
  if (/^[a-z]+$/.test(word)) {
    return { source: `${escape(word)}(?:e?s)?`, test: () => true };
  }
  return { source: escape(word), test: () => true };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
