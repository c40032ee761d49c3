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
  /**
   * Where the scan is a simpler reading than remark's parse, and why (empty when it is exact): past a
   * limit on nesting or emphasis, or a construct the fast scanner does not model in a document too
   * large or too deep for micromark to be safe (see `scanProse`). The linter reports each.
   */
  readonly approximations: readonly ProseApproximation[];
}

/** One reason a scan is approximate, at the first place it applies (a file offset). */
export interface ProseApproximation {
  readonly kind: InexactKind;
  readonly offset: number;
}

/**
 * Why the fast scanner's reading is not exactly remark's:
 * - constructs it does not model (read in a simpler way): `tab` (tabs expand to columns), `nul`,
 *   `definition` (a possible link reference or footnote definition, `…]:`), `lazy-construct` (a table
 *   or HTML tag line on a paragraph's lazy continuation line), `table-row` (a table delimiter row that
 *   leaves a container), `task-check` (a task check split by a line ending);
 * - limits (past them the input is read as plain text): `nesting` (lists and quotes deeper than
 *   `MAX_NESTING`), `emphasis` (more emphasis runs in one paragraph than the scanner pairs), `autolinks`
 *   (too many refused URL or e-mail candidates in one text), `blocks` (more prose blocks than
 *   `MAX_PROSE_BLOCKS`: the rest are left out).
 */
export type InexactKind = 'tab' | 'nul' | 'definition' | 'lazy-construct' | 'table-row' | 'task-check' | 'nesting' | 'emphasis' | 'autolinks' | 'blocks';

export interface ProseOptions {
  /** Also return prose inside `>` blockquotes (quoted customer text). Default false. */
  readonly includeBlockquotes?: boolean;
}
