/**
 * Where a long paragraph is cut before rule regexes run on it.
 *
 * An unanchored regex is tried from every start position, so a pattern that is
 * linear from one position (`.*Z`, `\d*x`, proven so by regex-safety.ts) is
 * quadratic over a paragraph: 12 s on one 100 KB paragraph. Matching window by
 * window bounds one regex's work to (paragraph length × window size). Cuts go
 * after a sentence end where there is one, else at a space, so a match is lost
 * only if it runs across a sentence inside a paragraph longer than a window —
 * tone phrases never do — and a look-behind at a window's start sees a space,
 * as it would in the whole text.
 */
export const MATCH_WINDOW = 1000;

/** A window: block-relative [start, end). */
export interface MatchWindow {
  readonly start: number;
  readonly end: number;
}

const SPACE = /\s/;
const SENTENCE_END = /[.!?…]/;

/** Consecutive windows covering `text`, each at most `size` long (one window when the text is short). */
export function matchWindows(text: string, size = MATCH_WINDOW): MatchWindow[] {
  const windows: MatchWindow[] = [];
  let start = 0;
  while (text.length - start > size) {
    const end = cutBefore(text, start, start + size);
    windows.push({ start, end });
    start = end;
  }
  windows.push({ start, end: text.length });
  return windows;
}

/**
 * The best cut in (start + half a window, limit]: after the last sentence end
 * followed by a space, else after the last space, else at the limit itself
 * (a run without spaces; never between the halves of a surrogate pair).
 */
function cutBefore(text: string, start: number, limit: number): number {
  const floor = start + Math.floor((limit - start) / 2);
  let space = -1;
  for (let i = limit - 1; i > floor; i--) {
    if (!SPACE.test(text[i])) continue;
    if (SENTENCE_END.test(text[i - 1])) return i + 1;
    if (space < 0) space = i + 1;
  }
  if (space > 0) return space;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}
