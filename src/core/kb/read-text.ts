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
  if (bytes.length > MAX_DOCUMENT_BYTES) return { ok: false, issue: tooLargeIssue(bytes.length) };
  const sample = bytes.subarray(0, SNIFF_BYTES);
  const utf16 = utf16Order(sample);
  if (utf16) {
    return fail('kb/encoding', 'error', `This file is UTF-16 (${utf16}), not UTF-8. Convert it to UTF-8 (in VS Code: "Reopen with Encoding", then "Save with Encoding" → UTF-8).`);
  }
  const nul = sample.indexOf(0);
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

/** The issue of a file over {@link MAX_DOCUMENT_BYTES}; disk reads refuse such files before reading them. */
export function tooLargeIssue(size: number): Issue {
  const message = `This file is ${formatSize(size)}; Support KB skips documents over ${formatSize(MAX_DOCUMENT_BYTES)}. Split it, or add it to "ignore" in .support-kb.yml.`;
  return { ruleId: 'kb/file-too-large', severity: 'warning', message, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
}

/**
 * "little-endian" or "big-endian" when the bytes look like UTF-16 (how Windows
 * Notepad saves "Unicode"): a byte order mark, or text whose every other byte
 * is NUL (Latin) or 0x04 (Cyrillic) — a UTF-16 file without a BOM. Checked
 * before the NUL test, which would call such a file binary.
 */
function utf16Order(sample: Uint8Array): 'little-endian' | 'big-endian' | undefined {
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'little-endian';
  if (sample[0] === 0xfe && sample[1] === 0xff) return 'big-endian';
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return undefined;
  let highOdd = 0; // high bytes of little-endian code units
  let highEven = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (UTF16_HIGH_BYTES.has(sample[i + 1]) && !UTF16_HIGH_BYTES.has(sample[i])) highOdd++;
    if (UTF16_HIGH_BYTES.has(sample[i]) && !UTF16_HIGH_BYTES.has(sample[i + 1])) highEven++;
  }
  if (highOdd >= pairs * UTF16_SHARE) return 'little-endian';
  if (highEven >= pairs * UTF16_SHARE) return 'big-endian';
  return undefined;
}

/** High bytes of the code units of Latin (0x00) and Cyrillic (0x04) text, the scripts of our KBs. */
const UTF16_HIGH_BYTES = new Set([0x00, 0x04]);
/** Share of code units that must look so; Markdown in either script is far above it, binary files far below. */
const UTF16_SHARE = 0.9;

function fail(ruleId: string, severity: Issue['severity'], message: string, line = 0): ReadText {
  const at = { line, character: 0 };
  return { ok: false, issue: { ruleId, severity, message, range: { start: at, end: at } } };
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}
