import type { Issue } from '../types';

/** Larger files are not parsed: a 100 KB article is long; megabytes are a mistake or a dump. */
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

const SNIFF_BYTES = 8000; // as git does when it decides a file is binary

export type ReadText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly issue: Issue };

/**
 * Turns file bytes into document text, or an issue saying why it can't be one.
 * A UTF-8 BOM is dropped, as editors do, so positions agree with VS Code's.
 */
export function readText(bytes: Uint8Array): ReadText {
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    return fail(
      'kb/file-too-large',
      'warning',
      `This file is ${formatSize(bytes.length)}; Support KB skips documents over ${formatSize(MAX_DOCUMENT_BYTES)}. Split it, or add it to "ignore" in .support-kb.yml.`,
    );
  }
  const nul = bytes.subarray(0, SNIFF_BYTES).indexOf(0);
  if (nul !== -1) {
    return fail(
      'kb/binary-file',
      'error',
      `This file is binary (a NUL byte at offset ${nul}), not a Markdown document. Remove it from the KB or add it to "ignore" in .support-kb.yml.`,
    );
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const bad = text.indexOf('\uFFFD');
    const line = text.slice(0, bad).split(/\r\n|\r|\n/).length - 1;
    return fail('kb/encoding', 'error', `This file is not valid UTF-8 (first bad byte on line ${line + 1}). Save it as UTF-8.`, line);
  }
}

function fail(ruleId: string, severity: Issue['severity'], message: string, line = 0): ReadText {
  const at = { line, character: 0 };
  return { ok: false, issue: { ruleId, severity, message, range: { start: at, end: at } } };
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}
