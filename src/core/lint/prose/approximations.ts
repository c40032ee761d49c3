/**
 * What the linter says where a prose scan is approximate (issue 16): the rule id, and one sentence per
 * reason, so a writer knows why findings may be missing or extra and what would make the lint exact.
 */
import { MAX_NESTING, MAX_PROSE_BLOCKS } from './fast';
import { MAX_SEQUENCES } from './inline';
import type { InexactKind } from './types';

const TOO_BIG = 'this document is too large, or holds too much markup, for the exact Markdown parser to be safe';

const MESSAGES: Record<InexactKind, string> = {
  tab: `tabs are read as single spaces, as ${TOO_BIG}. Indent with spaces for an exact lint.`,
  nul: `NUL characters are read as text, as ${TOO_BIG}.`,
  definition: `"]:" is read as text, not as a link or footnote definition, as ${TOO_BIG}.`,
  'lazy-construct': `a table or HTML line continuing a paragraph without its list or quote markers is read in a simpler way, as ${TOO_BIG}.`,
  'table-row': `a table whose delimiter row leaves its list or quote is read in a simpler way, as ${TOO_BIG}.`,
  'task-check': `a task check split by a line ending is read as text, as ${TOO_BIG}.`,
  nesting: `lists and quotes are nested more than ${MAX_NESTING} deep; deeper markers are linted as text.`,
  emphasis: `a paragraph holds more than ${MAX_SEQUENCES} emphasis markers (*, _, ~); its emphasis is linted as plain text.`,
  autolinks: `a paragraph holds too many words that look like web or e-mail addresses but are not; they are linted as text.`,
  blocks: `the document has more than ${MAX_PROSE_BLOCKS.toLocaleString('en')} paragraphs, headings, list items and table cells; the rest is not linted.`,
};

export function approximationMessage(kind: InexactKind): string {
  return `Linted approximately from here: ${MESSAGES[kind]}`;
}
