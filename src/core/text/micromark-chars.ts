/**
 * Character classes as micromark defines them (micromark-util-character), by UTF-16 code unit:
 * micromark works on `charCodeAt` codes, so a lone surrogate half is neither whitespace nor
 * punctuation, and neither are we. Non-ASCII classes are computed once per code unit and cached.
 */

/** 1: Unicode whitespace (`/\s/`), 2: Unicode punctuation or symbol (`/\p{P}|\p{S}/u`), 3: other. 0: not computed yet. */
const unicodeClass = new Uint8Array(65536);
const WHITESPACE = /\s/;
const PUNCTUATION = /\p{P}|\p{S}/u;

function computeClass(code: number): number {
  const ch = String.fromCharCode(code);
  const cls = WHITESPACE.test(ch) ? 1 : PUNCTUATION.test(ch) ? 2 : 3;
  unicodeClass[code] = cls;
  return cls;
}

/** micromark's `classifyCharacter`: 1 whitespace (also end of input, -1), 2 punctuation, 0 other. */
export function classify(code: number): number {
  if (code < 0) return 1;
  const cls = unicodeClass[code] || computeClass(code);
  return cls === 3 ? 0 : cls;
}

export function isUnicodeWhitespace(code: number): boolean {
  return code >= 0 && (unicodeClass[code] || computeClass(code)) === 1;
}

export function isUnicodePunctuation(code: number): boolean {
  return code >= 0 && (unicodeClass[code] || computeClass(code)) === 2;
}

export function isAsciiAlpha(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

export function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isAsciiAlphanumeric(code: number): boolean {
  return isAsciiAlpha(code) || isAsciiDigit(code);
}

export function isAsciiHexDigit(code: number): boolean {
  return isAsciiDigit(code) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

/** `!` … `/`, `:` … `@`, `[` … `` ` ``, `{` … `~`. */
export function isAsciiPunctuation(code: number): boolean {
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
}

/** Below space, or DEL; line endings included. */
export function isAsciiControl(code: number): boolean {
  return code >= 0 && (code < 32 || code === 127);
}

/** micromark `asciiAtext`: `/[#-'*+\--9=?A-Z^-~]/`. */
export function isAsciiAtext(code: number): boolean {
  return (
    (code >= 35 && code <= 39) ||
    code === 42 ||
    code === 43 ||
    (code >= 45 && code <= 57) ||
    code === 61 ||
    code === 63 ||
    (code >= 65 && code <= 90) ||
    (code >= 94 && code <= 126)
  );
}

/** GFM autolink literal `gfmAtext`: `+`, `-`, `.`, `_`, ASCII alphanumerics. */
export function isGfmAtext(code: number): boolean {
  return code === 43 || code === 45 || code === 46 || code === 95 || isAsciiAlphanumeric(code);
}

/** Space, tab, CR, LF (micromark `markdownLineEndingOrSpace` on plain character codes). */
export function isSpaceOrEol(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}
