/**
 * GFM task-list checks (`[ ]`, `[x]`) at the start of a list item's first paragraph: markup, and, as
 * mdast-util-gfm-task-list-item then drops the character after the check, the paragraph starts one
 * character later.
 */
import { Code } from '../char-codes';
import type { InlineState } from './state';
import { Token } from './tokens';

/** A check at `i` (a `[`): its end; -1 none; -2 a line ending inside it (not modelled: read as none). */
export function taskCheck(st: InlineState, i: number): number {
  const v = st.at(i + 1);
  if (v === Code.lineFeed || v === Code.carriageReturn) return -2;
  if (!(v === Code.space || v === Code.horizontalTab || v === Code.lowercaseX || v === Code.uppercaseX)) return -1;
  if (st.at(i + 2) !== Code.rightSquareBracket) return -1;
  const a = st.at(i + 3);
  if (a === Code.lineFeed || a === Code.carriageReturn) return i + 3;
  if (a !== Code.space && a !== Code.horizontalTab) return -1;
  // Whitespace, then something: a check alone on its line is text.
  let k = i + 3;
  let c = st.at(k);
  while (c === Code.space || c === Code.horizontalTab) c = st.at(++k);
  if (c === Code.eof) return -1;
  return i + 3;
}

/**
 * After a check in an item's first paragraph, mdast-util-gfm-task-list-item drops the first character
 * of the first text node (the space or tab micromark requires after the check, or the line ending) and
 * moves the paragraph start past it, unless that empties the node; a hard break right after the check
 * leaves everything as is. Sets `taskHead`.
 */
export function trimAfterCheck(st: InlineState): void {
  const tokens = st.tokens;
  const n = tokens.n;
  let t = 1;
  while (t < n && tokens.type[t] === Token.prefix) t++;
  const type = t < n ? tokens.type[t] : 0;
  if (type === Token.data || type === Token.eol) {
    const first = tokens.start[t] as number;
    tokens.start[t] = first + 1;
    let empty = (tokens.end[t] as number) <= first + 1;
    if (empty) {
      tokens.type[t] = Token.prefix;
      tokens.start[t] = first;
      let u = t + 1;
      while (u < n && tokens.type[u] === Token.prefix) u++;
      empty = !(u < n && tokens.isText(u));
    }
    if (!empty) st.result.taskHead = first;
  } else if (type !== Token.mark) {
    st.inexact('task-check', st.from);
  }
}
