import type { LineIndex } from '../text/line-index';
import type { Issue, Range } from '../types';
import type { Channel, DocumentType, Kind } from './vocabulary';

export interface VariableDeclaration {
  readonly name: string;
  readonly description?: string;
  readonly defaultValue?: string;
  readonly sample?: string;
}

export interface PlaceholderUse {
  readonly name: string;
  readonly defaultValue?: string;
  readonly range: Range;
}

/** Front-matter values that passed validation; invalid ones are left out. */
export interface DocumentMeta {
  readonly title?: string;
  readonly type?: DocumentType;
  readonly locale?: string;
  readonly channels: readonly Channel[];
  readonly tags: readonly string[];
  readonly kind?: Kind;
  readonly subject?: string;
  readonly owner?: string;
  readonly reviewed?: string;
  readonly appliesTo?: string;
  readonly translationOf?: string;
  readonly aliases: readonly string[];
  readonly summary?: string;
}

export interface KbDocument {
  /** The path the caller gave (a file-system or URI path). */
  readonly path: string;
  /** POSIX path relative to the KB root, used in messages and reports. */
  readonly relativePath: string;
  readonly text: string;
  /** Offset ↔ position for `text`, built once at parse time. */
  readonly lines: LineIndex;
  readonly id: string;
  /** Whether `id` comes from the front matter (else from the file name). */
  readonly idExplicit: boolean;
  /** Where to point at the id: its value, or the opening fence when implicit. */
  readonly idRange: Range;
  readonly translationOfRange?: Range;
  readonly meta: DocumentMeta;
  readonly variables: ReadonlyMap<string, VariableDeclaration>;
  readonly placeholders: readonly PlaceholderUse[];
  readonly hasFrontMatter: boolean;
  readonly bodyOffset: number;
  /** Issues that depend on this file alone (cross-file ones come from the KB). */
  readonly issues: readonly Issue[];
}
