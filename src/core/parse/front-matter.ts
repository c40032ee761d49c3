/**
 * Splits a Markdown file into its YAML front matter and body, keeping offsets.
 *
 * Written by hand rather than with gray-matter: we need the exact offset of the
 * YAML inside the file (every diagnostic points into it), a distinct answer for
 * an unterminated block, and no hidden cache keyed on the whole file text
 * (gray-matter's cache keeps every file it has seen alive).
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
