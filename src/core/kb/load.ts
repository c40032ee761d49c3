import { CONFIG_FILE } from './config';
import { asFileError, type KbFileSystem } from './file-system';
import { KnowledgeBase } from './knowledge-base';
import { relativeTo } from './paths';
import { readInside } from './read-inside';
import { MAX_DOCUMENT_BYTES, readText } from './read-text';
import { listMarkdownFiles } from './scan';

/** `.support-kb.yml` is a page of settings; a megabyte is far beyond any real one. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export interface LoadOptions {
  /** Called after each file with the count done and the total. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Stops early (e.g. the window is closing); the KB is then partial. */
  readonly signal?: AbortSignal;
  /** Override the disk text of some files (open, unsaved editors). */
  readonly overrides?: ReadonlyMap<string, string>;
  /** Read the configuration from this file instead of `<root>/.support-kb.yml`. */
  readonly configPath?: string;
}

const PARALLEL_READS = 32;

/** Reads a whole KB from a file system. Unreadable files become issues, never exceptions. */
export async function loadKnowledgeBase(fs: KbFileSystem, root: string, hasConfig: boolean, options: LoadOptions = {}): Promise<KnowledgeBase> {
  const kb = new KnowledgeBase(root, hasConfig, options.configPath);
  if (hasConfig) {
    const override = options.overrides?.get(kb.configPath);
    if (override !== undefined) kb.setConfigText(override);
    else await readConfig(fs, kb);
  }
  const files = await listMarkdownFiles(fs, root, (rel) => kb.isIgnored(rel), (folder, error) => kb.setReadError(folder, error, true));
  let done = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length && !options.signal?.aborted) {
      const path = files[next++];
      const override = options.overrides?.get(path);
      if (override !== undefined) {
        kb.setText(path, override, false);
      } else {
        try {
          kb.setBytes(path, await fs.readFile(path, { maxBytes: MAX_DOCUMENT_BYTES }), false);
        } catch (error) {
          kb.setReadError(path, asFileError(error));
        }
      }
      options.onProgress?.(++done, files.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_READS, files.length) }, worker));
  return kb;
}

/**
 * The configuration, read as documents are (UTF-8, no binary) and only if it is
 * a regular file inside the KB: a `.support-kb.yml` that links to a secret would
 * have its lines quoted back in "unknown key" messages. The CLI's --config names
 * a file outside the KB on purpose; that one is read as given, still capped.
 */
async function readConfig(fs: KbFileSystem, kb: KnowledgeBase): Promise<void> {
  const relative = relativeTo(kb.root, kb.configPath);
  let bytes: Uint8Array;
  if (relative !== undefined) {
    const read = await readInside(fs, kb.root, relative, MAX_CONFIG_BYTES, 'The configuration');
    if (!read.ok) return kb.setConfigUnreadable(read.message);
    bytes = read.bytes;
  } else {
    try {
      bytes = await fs.readFile(kb.configPath, { maxBytes: MAX_CONFIG_BYTES });
    } catch (error) {
      return kb.setConfigUnreadable(`The configuration ${kb.configPath} could not be read (${asFileError(error).message}).`);
    }
  }
  const text = readText(bytes);
  if (text.ok) kb.setConfigText(text.text);
  else kb.setConfigUnreadable(text.issue.message.replace(/^This file/, `${CONFIG_FILE}`));
}
