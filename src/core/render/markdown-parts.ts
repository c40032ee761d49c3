/**
 * Where a Markdown text can be cut into parts that parse on their own to the
 * same blocks as the whole.
 *
 * A cut goes before a line that follows a blank line and starts at column 0
 * with anything but a space, a tab, `>`, a list marker (`-`, `+`, `*`) or a
 * digit. Such a line ends every open container: a block quote needs `>`, a list
 * item needs the indentation of its content (a blank line ended the paragraph
 * that a lazy line could have continued). So the only blocks that can run on
 * across the cut are a fenced code block or an HTML block of kinds 1–5
 * (`<script>`, `<!--`, `<?`, `<!X`, `<![CDATA[`) at the top level, which blank
 * lines do not end; the caller parses a part and, when it ends inside one of
 * these (`endsOpen`), joins it with the next part.
 * Link reference and footnote definitions apply to the whole document, so a
 * text with `]:` or `[^` is not cut at all.
 */
import type { Code, Html, Root, RootContent } from 'mdast';

export interface MarkdownPart {
  /** Offset of the part's first character in the whole text. */
  readonly start: number;
  /** Lines before the part (0 for the first). */
  readonly lineOffset: number;
}

/** The parts of `text`, in order; one part when it cannot be cut. */
export function markdownParts(text: string): MarkdownPart[] {
  const parts: MarkdownPart[] = [{ start: 0, lineOffset: 0 }];
  if (text.includes(']:') || text.includes('[^')) return parts;
  const n = text.length;
  let line = 0;
  let at = 0;
  let previousBlank = false;
  while (at < n) {
    let end = at;
    let blank = true;
    for (; end < n; end++) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      if (c !== 32 && c !== 9) blank = false;
    }
    if (previousBlank && !blank && canOpenPart(text.charCodeAt(at))) parts.push({ start: at, lineOffset: line });
    previousBlank = blank;
    // \r\n, \r and \n each end one line, as in micromark.
    if (end < n) {
      end += text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1;
      line++;
    }
    at = end;
  }
  return parts;
}

function canOpenPart(c: number): boolean {
  const space = c === 32 || c === 9;
  const container = c === 62 /* > */ || c === 45 /* - */ || c === 43 /* + */ || c === 42 /* * */ || (c >= 48 && c <= 57);
  return !space && !container;
}

/**
 * Whether the part ends inside a fenced code block or an HTML block of kinds
 * 1–5, so that the next part's lines could belong to it. Checked for every
 * block on the way down the part's last children: one nested in a list item
 * is closed by the next part's first line, but left open by the end of the
 * part it takes the trailing blank lines in, which its position then shows.
 */
export function endsOpen(tree: Root, text: string): boolean {
  const contentEnd = text.length - (/[ \t\r\n]*$/.exec(text)?.[0].length ?? 0);
  let node: RootContent | undefined = tree.children.at(-1);
  while (node) {
    if (node.type === 'code' || node.type === 'html') {
      if ((node.position?.end.offset ?? Infinity) > contentEnd) return true;
      if (node.type === 'code' ? fenceLeftOpen(node, text) : htmlLeftOpen(node)) return true;
    }
    node = 'children' in node ? (node.children as RootContent[]).at(-1) : undefined;
  }
  return false;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;

function fenceLeftOpen(node: Code, text: string): boolean {
  const { start, end } = node.position ?? {};
  if (start?.offset === undefined || end?.offset === undefined) return true;
  const source = text.slice(start.offset, end.offset);
  const open = FENCE_OPEN.exec(source);
  if (!open) return false; // indented code: a line at column 0 ends it
  // In a block quote the closing line starts with `>` and counts as open here: joining is always safe.
  const lines = source.split(/\r\n|\r|\n/);
  const close = lines.length > 1 ? FENCE_CLOSE.exec(lines[lines.length - 1]) : null;
  return !(close && close[1][0] === open[1][0] && close[1].length >= open[1].length);
}

/** CommonMark's HTML block kinds 1–5: how each starts and the text that ends it. */
const HTML_KINDS: readonly { open: RegExp; close: RegExp }[] = [
  { open: /^ {0,3}<(?:script|pre|style|textarea)(?:[ \t>]|$)/i, close: /<\/(?:script|pre|style|textarea)>/i },
  { open: /^ {0,3}<!--/, close: /-->/ },
  { open: /^ {0,3}<\?/, close: /\?>/ },
  { open: /^ {0,3}<![A-Za-z]/, close: />/ },
  { open: /^ {0,3}<!\[CDATA\[/, close: /\]\]>/ },
];

function htmlLeftOpen(node: Html): boolean {
  const firstLine = /^[^\r\n]*/.exec(node.value)?.[0] ?? '';
  for (const kind of HTML_KINDS) {
    const open = kind.open.exec(firstLine);
    // The end is looked for after the opening only, so `<!-->` counts as open: joining is always safe.
    if (open) return !kind.close.test(node.value.slice(open[0].length));
  }
  return false; // kinds 6 and 7 end at a blank line, and a part ends with one
}
