/**
 * The address the preview's page loads a KB image from, made without the `vscode` API so the
 * render worker can make it: the host hands the worker one address made by
 * `webview.asWebviewUri(Uri.joinPath(kbRoot, ADDRESS_MARKER))`, and each image's path replaces the
 * marker, encoded as `vscode.Uri#toString()` encodes a path segment. Whatever `asWebviewUri` puts
 * around the path (scheme, host, a query) stays as it made it.
 */

/** A segment made only of characters that no encoding changes, so it stands in the address as it is. */
export const ADDRESS_MARKER = 'support-kb-image-path';

/**
 * `template` with the marker replaced by `segments` (a path relative to the KB root, never `.`,
 * `..` or empty); undefined when the template has no marker (the image is then left out, as
 * preview-images.ts does with any source it cannot place).
 */
export function kbImageAddress(template: string, segments: readonly string[]): string | undefined {
  const at = template.lastIndexOf(ADDRESS_MARKER);
  if (at === -1) return undefined;
  return `${template.slice(0, at)}${segments.map(encodeSegment).join('/')}${template.slice(at + ADDRESS_MARKER.length)}`;
}

/**
 * One path segment as `vscode.Uri` writes it: RFC 3986's unreserved characters stay, everything
 * else is percent-encoded with upper-case hex. `encodeURIComponent` does that except for
 * `! ' ( ) *`, which VS Code encodes too (its `encodeTable`).
 */
export function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
