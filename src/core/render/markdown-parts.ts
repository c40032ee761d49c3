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
 * these (`openUntil`), parses it again together with the parts that follow, up
 * to where the block ends.
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
    at = nextLine(text, end);
    line++;
  }
  return parts;
}

/** Where the line after the one ending at `end` starts: \r\n, \r and \n each end one line, as in micromark. */
function nextLine(text: string, end: number): number {
  if (end >= text.length) return text.length;
  return end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
}

function canOpenPart(c: number): boolean {
  const space = c === 32 || c === 9;
  const container = c === 62 /* > */ || c === 45 /* - */ || c === 43 /* + */ || c === 42 /* * */ || (c >= 48 && c <= 57);
  return !space && !container;
}

/**
 * Whether the part `text.slice(start, end)`, parsed as `tree`, ends inside a
 * fenced code block or an HTML block of kinds 1–5, so that the next part's
 * lines could belong to it: undefined when it does not, else the offset in
 * `text` the part must reach at least. For a block at the top level that is
 * the end of the line that closes it (its lines are raw text, so the first
 * closing line after the part is the one), or the end of the text: one
 * parse more, however far it runs. A block nested in a list item or a quote
 * is closed by the next part's first line, but left open by the end of the
 * part it takes the trailing blank lines in, which its position shows: the
 * part must reach into the next one. Every block on the way down the last
 * children is checked.
 */
export function openUntil(tree: Root, text: string, start: number, end: number): number | undefined {
  const part = text.slice(start, end);
  const contentEnd = trimmedEnd(part);
  const top = tree.children.at(-1);
  let node: RootContent | undefined = top;
  while (node) {
    if (node.type === 'code' || node.type === 'html') {
      const kind = node.type === 'html' ? htmlKind(node) : undefined;
      const closer = node.type === 'code' ? fenceCloser(node, part) : kind?.close;
      // Kinds 6 and 7 of HTML end at a blank line, and a part ends with one. The end is looked for
      // after the opening only, so `<!-->` counts as open: joining is always safe.
      const leftOpen = node.type === 'code' ? fenceLeftOpen(node, part, closer) : kind !== undefined && !kind.close.test(node.value.slice(kind.opening));
      if (leftOpen || (node.position?.end.offset ?? Infinity) > contentEnd) return node === top && closer ? closingLineEnd(closer, text, end) : end + 1;
    }
    node = 'children' in node ? (node.children as RootContent[]).at(-1) : undefined;
  }
  return undefined;
}

/**
 * `part`'s length without its trailing spaces, tabs and line endings. A loop from the end: a
 * pattern such as `[ \t\r\n]*$` retries at every character of a long run of spaces inside the
 * part (0.8 s for a line of 40,000 spaces).
 */
function trimmedEnd(part: string): number {
  let end = part.length;
  for (let c = part.charCodeAt(end - 1); c === 32 || c === 9 || c === 10 || c === 13; c = part.charCodeAt(end - 1)) end--;
  return end;
}

/** Where the line after the first line from `from` on that `closer` finds something starts, or the end of `text`. */
function closingLineEnd(closer: RegExp, text: string, from: number): number {
  for (let at = from; at < text.length; ) {
    let end = at;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const next = nextLine(text, end);
    if (closer.test(text.slice(at, end))) return next;
    at = next;
  }
  return text.length;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;

/** For a fenced code block (not an indented one): the line that closes it. */
function fenceCloser(node: Code, part: string): RegExp | undefined {
  const fence = FENCE_OPEN.exec(part.slice(node.position?.start.offset ?? 0))?.[1];
  return fence ? new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`) : undefined;
}

function fenceLeftOpen(node: Code, part: string, closer: RegExp | undefined): boolean {
  const { start, end } = node.position ?? {};
  if (start?.offset === undefined || end?.offset === undefined) return true;
  if (!closer) return false; // indented code: a line at column 0 ends it
  // In a block quote the closing line starts with `>` and counts as open here: joining is always safe.
  const lines = part.slice(start.offset, end.offset).split(/\r\n|\r|\n/);
  return !(lines.length > 1 && closer.test(lines[lines.length - 1]));
}

/** CommonMark's HTML block kinds 1–5: how each starts and the text that ends it. */
const HTML_KINDS: readonly { open: RegExp; close: RegExp }[] = [
  { open: /^ {0,3}<(?:script|pre|style|textarea)(?:[ \t>]|$)/i, close: /<\/(?:script|pre|style|textarea)>/i },
  { open: /^ {0,3}<!--/, close: /-->/ },
  { open: /^ {0,3}<\?/, close: /\?>/ },
  { open: /^ {0,3}<![A-Za-z]/, close: />/ },
  { open: /^ {0,3}<!\[CDATA\[/, close: /\]\]>/ },
];

/** The kind (1–5) of an HTML block with the length of its opening; undefined for kinds 6 and 7. */
function htmlKind(node: Html): { close: RegExp; opening: number } | undefined {
  const firstLine = /^[^\r\n]*/.exec(node.value)?.[0] ?? '';
  for (const kind of HTML_KINDS) {
    const open = kind.open.exec(firstLine);
    if (open) return { close: kind.close, opening: open[0].length };
  }
  return undefined;
}
