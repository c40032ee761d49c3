import type { KbFileSystem } from './file-system';
import { KnowledgeBase } from './knowledge-base';
import { listMarkdownFiles } from './scan';

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
    kb.setConfigText(options.overrides?.get(kb.configPath) ?? (await readConfigText(fs, kb.configPath)));
  }
  const files = await listMarkdownFiles(fs, root, (rel) => kb.isIgnored(rel));
  let done = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length && !options.signal?.aborted) {
      const path = files[next++];
      const override = options.overrides?.get(path);
      if (override !== undefined) {
        kb.setText(path, override, false);
      } else {
        let bytes: Uint8Array | undefined;
        try {
          bytes = await fs.readFile(path);
        } catch {
          // Deleted between listing and reading: nothing to check.
        }
        if (bytes) kb.setBytes(path, bytes, false);
      }
      options.onProgress?.(++done, files.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_READS, files.length) }, worker));
  return kb;
}

async function readConfigText(fs: KbFileSystem, path: string): Promise<string> {
  try {
    return new TextDecoder().decode(await fs.readFile(path));
  } catch {
    return '';
  }
}
