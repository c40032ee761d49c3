/**
 * The shared front half of every renderer, done once per document: parse the
 * body (with placeholders masked and the syntax past the limits taken out:
 * parse-limits.ts, tree-limits.ts), resolve the placeholders, turn the
 * Markdown tree into HTML's tree (mdast-util-to-hast), reparse raw HTML with
 * an HTML parser when there is any (hast-util-raw), sanitise (hast-util-sanitize,
 * on every render), and build the block model the text channels write from.
 */
import type { ElementContent, Nodes as HastNodes, Root as HastRoot, Text as HastText } from 'hast';
import { raw } from 'hast-util-raw';
import { toHast } from 'mdast-util-to-hast';
import { VFile } from 'vfile';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import type { KbDocument } from '../kb/document';
import { LineIndex } from '../text/line-index';
import { constructWarnings, findConstructs, type Found } from './constructs';
import { buildBlocks, type Block } from './ir';
import { limitMarkdown, restoreStandIns } from './parse-limits';
import { parseMarkdown } from './parse-markdown';
import { normalizeScheme, sanitizeTree } from './sanitize';
import { RenderSource } from './source';
import { limitHtmlDepth, limitTree } from './tree-limits';
import type { RenderOptions, RenderWarning } from './types';
import { hasSentinel, maskPlaceholders, missingMarker, replaceSentinels, splitSentinels, stripSentinels, type ResolvedPlaceholder } from './variables';

export interface PreparedDocument {
  readonly doc: KbDocument;
  readonly options: RenderOptions;
  readonly source: RenderSource;
  /** The sanitised HTML tree (email renders it). */
  readonly hast: HastRoot;
  /** The block model (the other channels render it). */
  readonly blocks: readonly Block[];
  /** Headings, tables, images and links, for the channels' warnings. */
  readonly constructs: readonly Found[];
  /** Warnings every channel shares: missing variables in the body, removed unsafe HTML, relative links. */
  readonly warnings: readonly RenderWarning[];
}

export function prepareDocument(doc: KbDocument, options: RenderOptions = {}): PreparedDocument {
  const source = new RenderSource(doc);
  const masked = maskPlaceholders(doc, source.body, options);
  const limited = limitMarkdown(masked.text);
  const mdast = parseMarkdown(limited.text, options.partCache);
  if (limited.changed) restoreStandIns(mdast);
  const limits = [...limited.hits, ...limitTree(mdast)];
  const hasRawHtml = resolveUrls(mdast, masked.placeholders);
  let hast: HastNodes = toHast(mdast, { allowDangerousHtml: hasRawHtml });
  // Reparsing is the slow step, so only documents with raw HTML (other than comments) pay for it.
  // The file lets the HTML parser give reparsed nodes positions (in the same body-relative offsets).
  if (hasRawHtml) {
    hast = raw(hast, { file: new VFile(masked.text) });
    const deep = limitHtmlDepth(hast);
    if (deep) limits.push(deep);
  }
  resolveText(hast, masked.text, masked.placeholders);
  const clean = sanitizeTree(hast, source);

  const warnings: RenderWarning[] = [];
  for (const p of masked.placeholders) {
    if (p.value !== undefined) continue;
    warnings.push({
      code: 'channel/missing-variable',
      severity: 'warning',
      message: `No value for "${p.name}": the message shows ${missingMarker(p.name)}. Add a sample under "variables", a default ({{ ${p.name} | default: "…" }}), or the value in the data file.`,
      range: source.range(source.bodySrc(p.start, p.end)),
    });
  }
  for (const hit of limits) warnings.push({ code: hit.code, severity: 'warning', message: hit.message, range: source.range(source.bodySrc(hit.start, hit.end)) });
  warnings.push(...clean.warnings);
  const blocks = buildBlocks(clean.tree, source);
  const constructs = findConstructs(blocks);
  warnings.push(
    ...constructWarnings(source, constructs, {
      'relative-link': {
        code: 'channel/relative-link',
        severity: 'warning',
        message: (f) => `The link "${f.url}" has no https:// address, so it leads nowhere from a message. Use the full address.`,
      },
    }),
  );
  return { doc, options, source, hast: clean.tree, blocks, constructs, warnings };
}

const display = (p: ResolvedPlaceholder) => p.value ?? missingMarker(p.name);

/**
 * Puts the values into link and image addresses, on the Markdown tree
 * (mdast-util-to-hast percent-encodes URLs, sentinels included). Returns
 * whether the tree holds raw HTML other than comments.
 */
function resolveUrls(tree: MdastRoot, placeholders: readonly ResolvedPlaceholder[]): boolean {
  let hasRawHtml = false;
  const visit = (node: MdastNodes): void => {
    if (node.type === 'html' && !/^\s*<!--[\s\S]*?-->\s*$/.test(node.value)) hasRawHtml = true;
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      node.url = normalizeScheme(replaceSentinels(node.url, placeholders, display));
      if (node.title) node.title = replaceSentinels(node.title, placeholders, display);
      if (node.type === 'image' && node.alt) node.alt = replaceSentinels(node.alt, placeholders, display);
    }
    if ('children' in node) for (const child of node.children as MdastNodes[]) visit(child);
  };
  visit(tree);
  return hasRawHtml;
}

/**
 * Puts the values into the HTML tree, after any raw HTML was reparsed (so a
 * value is text, never markup, and positions stay those of the source): a
 * placeholder in text becomes a `span` (email marks a missing one), in an
 * attribute its value.
 */
function resolveText(tree: HastNodes, body: string, placeholders: readonly ResolvedPlaceholder[]): void {
  let lines: LineIndex | undefined;
  const point = (offset: number) => {
    lines ??= new LineIndex(body);
    const p = lines.positionAt(offset);
    return { line: p.line + 1, column: p.character + 1, offset };
  };
  const visit = (node: HastNodes): void => {
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      for (const [key, value] of Object.entries(node.properties)) {
        if (typeof value === 'string' && hasSentinel(value)) node.properties[key] = normalizeScheme(replaceSentinels(value, placeholders, display));
        else if (Array.isArray(value)) node.properties[key] = value.map((v) => (typeof v === 'string' ? replaceSentinels(v, placeholders, display) : v));
      }
    }
    const children = node.children as ElementContent[];
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child.type === 'text' && hasSentinel(child.value)) {
        const parts = splitText(child, body, placeholders, point);
        children.splice(i, 1, ...parts);
        i += parts.length - 1;
      } else visit(child);
    }
  };
  visit(tree);
}

/** A text node with sentinels as text and variable spans, each with its own position where it is known. */
function splitText(
  node: HastText,
  body: string,
  placeholders: readonly ResolvedPlaceholder[],
  point: (offset: number) => { line: number; column: number; offset: number },
): ElementContent[] {
  const start = node.position?.start?.offset;
  const end = node.position?.end?.offset;
  // Offsets inside the node are exact only where its value is its source (no escapes or entities).
  const exact = start !== undefined && end !== undefined && body.slice(start, end) === node.value;
  const out: ElementContent[] = [];
  let at = 0;
  for (const part of splitSentinels(node.value)) {
    if (typeof part === 'string') {
      const value = stripSentinels(part);
      const position = exact ? { start: point(start + at), end: point(start + at + part.length) } : node.position;
      if (value) out.push({ type: 'text', value, position });
      at += part.length;
      continue;
    }
    const p = placeholders[part];
    if (!p) continue;
    const position = { start: point(p.start), end: point(p.end) };
    out.push({
      type: 'element',
      tagName: 'span',
      properties: p.value === undefined ? { dataKbVariable: p.name, dataKbMissing: true } : { dataKbVariable: p.name },
      children: [{ type: 'text', value: display(p), position }],
      position,
    });
    at += p.end - p.start;
  }
  return out;
}
