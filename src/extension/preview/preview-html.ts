import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

/**
 * The preview page: scripts only with this page's nonce, styles and fonts
 * from the extension. Inline styles are allowed because the email mock must
 * show the email's own inline CSS (that is how mail clients get styles);
 * nothing can run from them, and core's renderers have already dropped
 * scripts, event attributes and javascript: links.
 */
export function previewHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const nonce = randomBytes(16).toString('base64');
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'preview.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'preview.css'));
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${webview.cspSource} 'unsafe-inline'`,
    `font-src ${webview.cspSource}`,
    `img-src ${webview.cspSource} https: data:`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>Channel Preview</title>
</head>
<body>
<div id="app"><div class="empty">Rendering…</div></div>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}

