import { randomBytes } from 'node:crypto';
import type { RemoteImagePolicy } from '../../core/render/preview-images';

/** What the page is built from; addresses as the webview gives them (`asWebviewUri`, `cspSource`). */
export interface PreviewPage {
  readonly cspSource: string;
  readonly script: string;
  readonly style: string;
  readonly remoteImages: RemoteImagePolicy;
}

/**
 * The preview page: scripts only with this page's nonce, styles and fonts
 * from the extension. Inline styles are allowed because the email mock must
 * show the email's own inline CSS (that is how mail clients get styles);
 * nothing can run from them, and core's renderers have already dropped
 * scripts, event attributes and javascript: links.
 * (No `vscode` import: the page and its policy are unit-tested as strings.)
 */
export function previewHtml(page: PreviewPage): string {
  const nonce = randomBytes(16).toString('base64');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${previewCsp(page.cspSource, nonce, page.remoteImages)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${page.style}">
<title>Channel Preview</title>
</head>
<body>
<div id="app"><div class="empty">Rendering…</div></div>
<script nonce="${nonce}" src="${page.script}"></script>
</body>
</html>`;
}

/**
 * Images: the extension's and the KB's files (`cspSource`), `data:` (inline, no request leaves
 * the machine), and `https:` only when remote images are allowed. The HTML the page gets has
 * blocked sources taken out already (core/render/preview-images.ts); this is the same rule
 * enforced by the browser, for anything that slipped past (CSS backgrounds, a parser quirk).
 * Media (`<video>`, `<audio>`) fall under default-src 'none'.
 */
export function previewCsp(cspSource: string, nonce: string, remoteImages: RemoteImagePolicy): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource} 'unsafe-inline'`,
    `font-src ${cspSource}`,
    `img-src ${cspSource} data:${remoteImages === 'allow' ? ' https:' : ''}`,
  ].join('; ');
}
