/**
 * Splits a Markdown file into its YAML front matter and body, keeping offsets.
 *
 * The fences are Jekyll's: `---` opens, `---` or `...` closes, each alone on its
 * line but for trailing spaces. Written by hand, not with gray-matter (4.0.3, its
 * last release; tried for issue 17), which would need more code around it than
 * this file holds:
 * - it reads the rest of the opening line as a language and parses the block
 *   with that engine: `---js` is evaluated (CVE-2022-25863), and so is `---`,
 *   a lone CR and `js` on the next line;
 * - it strips comment lines with `/^\s*#[^\n]+/gm`, quadratic in a run of blank
 *   lines (40,000: 1.9 s, four times that per doubling; test/hostile,
 *   front-matter-blank-lines);
 * - it closes at the first "\n---", so `----` and `---x` close and `...` does
 *   not; an unclosed block runs to the end of the file, with no error; it drops a
 *   BOM, which shifts every offset, and gives no offsets, where every diagnostic
 *   points into the YAML;
 * - called without options it caches every text it has seen for the life of the
 *   process, and hands out the cached data object to the next caller;
 * - it brings js-yaml 3, a third YAML library in the bundle.
 */
export type FrontMatterSplit =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'closed';
      /** The YAML between the fences. */
      readonly yaml: string;
      /** Offset of `yaml` in the file text. */
      readonly yamlOffset: number;
      /** Offset where the Markdown body starts (after the closing fence's line break). */
      readonly bodyOffset: number;
    }
  | { readonly kind: 'unterminated'; readonly openEnd: number };

export function splitFrontMatter(text: string): FrontMatterSplit {
  const firstBreak = nextLineBreak(text, 0);
  if (!isFence(text, 0, firstBreak.at, false)) return { kind: 'none' };
  if (firstBreak.length === 0) return { kind: 'unterminated', openEnd: firstBreak.at };

  const yamlOffset = firstBreak.at + firstBreak.length;
  let lineStart = yamlOffset;
  while (lineStart <= text.length) {
    const br = nextLineBreak(text, lineStart);
    if (isFence(text, lineStart, br.at, true)) {
      return {
        kind: 'closed',
        yaml: text.slice(yamlOffset, lineStart),
        yamlOffset,
        bodyOffset: br.at + br.length,
      };
    }
    if (br.length === 0) break;
    lineStart = br.at + br.length;
  }
  return { kind: 'unterminated', openEnd: firstBreak.at };
}

/**
 * Whether text[start, end) is `---` (or, closing, `...`) followed only by spaces and tabs. Compared
 * in place: a slice and a regex per front-matter line showed in the parse profile.
 */
function isFence(text: string, start: number, end: number, closing: boolean): boolean {
  if (end - start < 3) return false;
  const c = text.charCodeAt(start);
  if (!(c === 0x2d || (closing && c === 0x2e)) || text.charCodeAt(start + 1) !== c || text.charCodeAt(start + 2) !== c) return false;
  for (let i = start + 3; i < end; i++) {
    const d = text.charCodeAt(i);
    if (d !== 0x20 && d !== 0x09) return false;
  }
  return true;
}

function nextLineBreak(text: string, from: number): { at: number; length: number } {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return { at: i, length: 1 };
    if (c === 13) return { at: i, length: text.charCodeAt(i + 1) === 10 ? 2 : 1 };
  }
  return { at: text.length, length: 0 };
}
