/** The constructs of a message that some channels cannot show, with where they are, for warnings. */
import { plainText, type Block, type Inline } from './ir';
import { isAbsoluteUrl } from './sanitize';
import { sameAddress } from './serialize';
import type { RenderSource, Src } from './source';
import type { RenderWarning, RenderWarningCode } from './types';

export type Construct = 'heading' | 'table' | 'image' | 'link' | 'named-link' | 'relative-link';

export interface Found {
  readonly construct: Construct;
  readonly src?: Src;
  /** The link's address, for links. */
  readonly url?: string;
}

/**
 * Every heading, table, image and link. A link counts as `link` when it leads
 * somewhere from a message, plus `named-link` when its text is not its
 * address; a relative one (not `#anchor`) is `relative-link`. A placeholder
 * whose value is a web address counts as a `link` too.
 */
export function findConstructs(blocks: readonly Block[]): Found[] {
  const found: Found[] = [];
  const inline = (content: readonly Inline[]) => {
    for (const n of content) {
      if (n.kind === 'mark') inline(n.children);
      // A placeholder whose value is an address is a link once sent (channels link bare URLs).
      else if (n.kind === 'variable' && n.value && /^(https?:\/\/|www\.)\S+$/i.test(n.value)) found.push({ construct: 'link', src: n.src, url: n.value });
      else if (n.kind === 'image') found.push({ construct: 'image', src: n.src, url: n.url });
      else if (n.kind === 'link') {
        if (n.href && isAbsoluteUrl(n.href)) {
          found.push({ construct: 'link', src: n.src, url: n.href });
          if (!sameAddress(plainText(n.children).trim(), n.href)) found.push({ construct: 'named-link', src: n.src, url: n.href });
        } else if (n.href && !n.href.startsWith('#')) found.push({ construct: 'relative-link', src: n.src, url: n.href });
        inline(n.children);
      }
    }
  };
  const visit = (list: readonly Block[]) => {
    for (const b of list) {
      switch (b.kind) {
        case 'paragraph':
          inline(b.content);
          break;
        case 'heading':
          found.push({ construct: 'heading', src: b.src });
          inline(b.content);
          break;
        case 'list':
          b.items.forEach(visit);
          break;
        case 'quote':
          visit(b.children);
          break;
        case 'table':
          found.push({ construct: 'table', src: b.src });
          for (const row of b.rows) row.cells.forEach(inline);
          break;
        default:
      }
    }
  };
  visit(blocks);
  return found;
}

export interface ConstructRule {
  readonly code: RenderWarningCode;
  readonly severity: RenderWarning['severity'];
  readonly message: string | ((found: Found) => string);
}

/**
 * Warnings for the constructs a channel shows differently, one per place.
 * Generated content (footnote labels) has no source and is not reported.
 */
export function constructWarnings(source: RenderSource, found: readonly Found[], rules: Partial<Record<Construct, ConstructRule>>): RenderWarning[] {
  const out: RenderWarning[] = [];
  for (const f of found) {
    const rule = rules[f.construct];
    if (!rule || !f.src) continue;
    out.push({ code: rule.code, severity: rule.severity, message: typeof rule.message === 'string' ? rule.message : rule.message(f), range: source.range(f.src) });
  }
  return out;
}

/** Shown differently: an `info` with the channel's own wording. */
export function unsupported(message: string): ConstructRule {
  return { code: 'channel/unsupported', severity: 'info', message };
}
