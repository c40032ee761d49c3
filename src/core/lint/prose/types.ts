/** A run of prose: offsets into the file text, `start` inclusive, `end` exclusive (UTF-16 code units). */
export interface ProseSpan {
  readonly start: number;
  readonly end: number;
}

export type ProseBlockKind = 'paragraph' | 'heading' | 'list-item' | 'table-cell';

/**
 * One mdast `paragraph`, `heading` or `tableCell` that holds prose. `start`/`end` are the node's own
 * position (a table cell includes its leading `|`, a heading its `#`s, a paragraph its trailing spaces);
 * a paragraph whose nearest container is a list item has kind `list-item`.
 */
export interface ProseBlock {
  readonly kind: ProseBlockKind;
  readonly start: number;
  readonly end: number;
  /** Prose inside the block, in order, maximal (two spans never touch). Never empty. */
  readonly spans: readonly ProseSpan[];
}

/** An HTML comment `<!-- … -->` (for `<!-- support-kb-disable … -->` directives); `body` is the raw text between the markers. */
export interface HtmlComment {
  readonly start: number;
  readonly end: number;
  readonly body: string;
}

export interface ProseScan {
  readonly blocks: readonly ProseBlock[];
  readonly comments: readonly HtmlComment[];
  /** True when the document held a construct the fast scanner does not model and the scan came from mdast. */
  readonly usedFallback: boolean;
}

export interface ProseOptions {
  /** Also return prose inside `>` blockquotes (quoted customer text). Default false. */
  readonly includeBlockquotes?: boolean;
}
