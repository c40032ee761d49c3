/**
 * One pass over a paragraph that gathers what every paragraph needs before
 * any rule runs: its Russian and Latin letter counts (for its language),
 * whether it has ё (to fold), whether it is "simple" (only ASCII and Russian
 * letters; see simple-text.ts), and — in a simple paragraph — where each word
 * starts (what the WORD regex would find, for sentence and paragraph lengths).
 *
 * Hand-written: this loop reads every character of every paragraph, and
 * separate passes (the letter count, isSimpleText, the word regex) cost
 * 10 + 7 + 30 ms per 10k documents against ~15 ms for this one.
 */
export interface LetterScan {
  readonly cyrillic: number;
  readonly latin: number;
  /** Whether ё or Ё occurs (most paragraphs have none, and then need no folded copy). */
  readonly yo: boolean;
  /** isSimpleText(text). */
  readonly simple: boolean;
  /** wordStarts(text, true) when `simple`; undefined otherwise (the Unicode regex decides there). */
  readonly wordStarts: number[] | undefined;
}

const LATIN = 1;
const CYRILLIC = 2;
const YO = 4;
const DIGIT = 8;
const JOINER = 16;
const NOT_SIMPLE = 32;

/**
 * Each UTF-16 code unit's classes, so the loop below does one table read and no branching per
 * class (half the time of a chain of range tests: 15 against 29 ms per 10k documents).
 */
const CLASSES: Uint8Array = (() => {
  const classes = new Uint8Array(0x10000).fill(NOT_SIMPLE);
  for (let c = 0; c < 0x80; c++) classes[c] = 0;
  for (let c = 0x41; c <= 0x5a; c++) classes[c] = classes[c + 0x20] = LATIN;
  for (let c = 0x30; c <= 0x39; c++) classes[c] = DIGIT;
  for (let c = 0x410; c <= 0x44f; c++) classes[c] = CYRILLIC;
  classes[0x401] = classes[0x451] = CYRILLIC | YO;
  // What simple-text.ts allows besides ASCII and Russian letters (its OUTSIDE class, inverted).
  for (const c of [0xa0, 0xa7, 0xa9, 0xab, 0xae, 0xb0, 0xb1, 0xb7, 0xbb, 0x2116, 0x20bd]) classes[c] = 0;
  for (let c = 0x2000; c <= 0x206f; c++) classes[c] = 0;
  for (const c of [0x2d, 0x27, 0x2019]) classes[c] |= JOINER;
  return classes;
})();

export function scanLetters(text: string): LetterScan {
  // Literal masks in the loop: bundled, the named constants above are module variables, and
  // reading five of them per character doubled the loop's time (29 against 15 ms).
  const classes = CLASSES;
  let cyrillic = 0;
  let latin = 0;
  let seen = 0;
  const starts: number[] = [];
  // The word regex is [alnum]+(?:[-'’][alnum]+)*: a joiner right after a word lets the next letter continue it.
  let inWord = false;
  let joinable = false;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const k = classes[text.charCodeAt(i)];
    seen |= k;
    latin += k & 1; // LATIN
    cyrillic += (k >> 1) & 1; // CYRILLIC
    if ((k & 11) !== 0) {
      // WORD
      if (!inWord && !joinable) starts.push(i);
      inWord = true;
      joinable = false;
    } else {
      joinable = inWord && (k & 16) !== 0; // JOINER
      inWord = false;
    }
  }
  const simple = (seen & NOT_SIMPLE) === 0;
  return { cyrillic, latin, yo: (seen & YO) !== 0, simple, wordStarts: simple ? starts : undefined };
}
