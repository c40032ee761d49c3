/** Zero-based position; `character` counts UTF-16 code units, as VS Code and LSP do. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export type Severity = 'error' | 'warning' | 'info';

/** Another place that explains an issue, e.g. the other copy of a duplicate id. */
export interface RelatedLocation {
  readonly path: string;
  readonly range: Range;
  readonly message: string;
}

export interface Fix {
  readonly range: Range;
  readonly text: string;
}

/**
 * One problem found by core. Plain data with a stable `ruleId`, so the CLI, the
 * editor and tests all see the same thing; adapters convert it at the edge.
 */
export interface Issue {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  readonly related?: readonly RelatedLocation[];
  readonly fix?: Fix;
}
