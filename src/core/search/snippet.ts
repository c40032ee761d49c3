/**
 * A document body as a VS Code snippet: every placeholder becomes a tab stop
 * holding its sample or default value, so an agent inserts a reply and tabs
 * through what to fill in. Pure string work; the editor inserts the result
 * with `new SnippetString(text)`.
 */
import type { VariableDeclaration } from '../kb/document';
import { findPlaceholders } from '../parse/placeholders';

/** Backslash-escapes what the snippet grammar treats as syntax in text: `$`, `}` and `\`. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

/**
 * The body with `{{ name }}` (and `{{ name | default: "x" }}`) turned into
 * `${n:value}`: the same variable keeps the same number everywhere, numbered
 * in order of first use. The value is the variable's declared sample, else
 * its declared default, else the placeholder's own default, else its name —
 * undeclared placeholders become tab stops too, so none reaches a customer
 * unnoticed. Malformed `{{ … }}` stay as text.
 */
export function toSnippet(body: string, variables: ReadonlyMap<string, VariableDeclaration> = new Map()): string {
  const { placeholders } = findPlaceholders(body, 0);
  const numbers = new Map<string, number>();
  let out = '';
  let at = 0;
  for (const p of placeholders) {
    out += escapeSnippetText(body.slice(at, p.start));
    let n = numbers.get(p.name);
    if (n === undefined) numbers.set(p.name, (n = numbers.size + 1));
    const declared = variables.get(p.name);
    const value = declared?.sample ?? declared?.defaultValue ?? p.defaultValue ?? p.name;
    out += `\${${n}:${escapeSnippetText(value)}}`;
    at = p.end;
  }
  return out + escapeSnippetText(body.slice(at));
}

/** The body of a parsed document as a snippet, without the blank lines around it. */
export function documentSnippet(doc: { readonly text: string; readonly bodyOffset: number; readonly variables: ReadonlyMap<string, VariableDeclaration> }): string {
  // trimEnd, not `/\s+$/`: unanchored, that pattern backs off a long run of spaces inside the body
  // from every one of its characters (quadratic).
  const body = doc.text.slice(doc.bodyOffset).replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();
  return toSnippet(body, doc.variables);
}
