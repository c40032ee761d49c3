import { parseDocument, type ChannelRender, type KbDocument } from '../../../src/core';

/** A document from its text, as a KB file `a.md` (front matter required). */
export function kbDoc(text: string, relativePath = 'a.md'): KbDocument {
  return parseDocument({ path: `/kb/${relativePath}`, relativePath, text, requireFrontMatter: true });
}

/** A document with a minimal front matter and `body`. */
export function bodyDoc(body: string, frontMatter = 'title: T\nlocale: en'): KbDocument {
  return kbDoc(`---\n${frontMatter}\n---\n${body}`);
}

/** `line:col-line:col code` per warning, 1-based, in order (`-` when a warning has no range). */
export function warningSpans(r: ChannelRender): string[] {
  return r.warnings.map((w) => {
    const at = w.range ? `${w.range.start.line + 1}:${w.range.start.character + 1}-${w.range.end.line + 1}:${w.range.end.character + 1}` : '-';
    return `${at} ${w.code}`;
  });
}
