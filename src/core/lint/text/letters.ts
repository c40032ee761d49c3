/**
 * One pass over a paragraph that gathers what every paragraph needs before
 * any rule runs: its Russian and Latin letter counts (for its language),
 * whether it has ё (to fold), whether it is "simple" (only ASCII and Russian
 * letters; see simple-text.ts), and — in a simple paragraph — where each word
 * starts (what the WORD regex would find, for sentence and paragraph lengths).
 *
 * Hand-written: this loop reads every character of every paragraph, and
 * separate passes (the letter count, isSimpleText, the word regex) cost
 * 10 + 7 + 30 ms per 10k documents against ~15 ms for this one. Unsigned range
 * checks keep each class test to one comparison.
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

export function scanLetters(text: string): LetterScan {
  let cyrillic = 0;
  let latin = 0;
  let yo = false;
  let simple = true;
  const starts: number[] = [];
  // The word regex is [alnum]+(?:[-'’][alnum]+)*: a joiner right after a word lets the next letter continue it.
  let inWord = false;
  let joinable = false;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    let word: boolean;
    if (c < 0x80) {
      if ((((c | 0x20) - 0x61) >>> 0) < 26) {
        latin++;
        word = true;
      } else {
        word = ((c - 0x30) >>> 0) < 10;
      }
    } else if (((c - 0x410) >>> 0) < 0x40) {
      cyrillic++;
      word = true;
    } else if (c === 0x451 || c === 0x401) {
      cyrillic++;
      yo = true;
      word = true;
    } else {
      word = false;
      if (simple && !isSimpleOther(c)) simple = false;
    }
    if (word) {
      if (!inWord && !joinable && simple) starts.push(i);
      inWord = true;
      joinable = false;
    } else {
      joinable = inWord && (c === 0x2d || c === 0x27 || c === 0x2019);
      inWord = false;
    }
  }
  return { cyrillic, latin, yo, simple, wordStarts: simple ? starts : undefined };
}

/** The non-ASCII characters simple-text.ts allows besides Russian letters (its OUTSIDE class, inverted). */
function isSimpleOther(c: number): boolean {
  if (((c - 0x2000) >>> 0) < 0x70) return true;
  switch (c) {
    case 0xa0:
    case 0xa7:
    case 0xa9:
    case 0xab:
    case 0xae:
    case 0xb0:
    case 0xb1:
    case 0xb7:
    case 0xbb:
    case 0x2116:
    case 0x20bd:
      return true;
    default:
      return false;
  }
}
