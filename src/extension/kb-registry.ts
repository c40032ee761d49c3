import * as vscode from 'vscode';
import { CONFIG_FILE, dirname, isMarkdownPath, loadKnowledgeBase, type KnowledgeBase } from '../core';
import { vscodeFileSystem } from './vscode-file-system';

/** A loaded KB and how to reach its files. */
export interface KbEntry {
  readonly kb: KnowledgeBase;
  readonly base: vscode.Uri;
  readonly name: string;
}

/** Paths of one KB whose issues changed and must be published again. */
export interface KbChange {
  readonly entry: KbEntry;
  readonly paths: readonly string[];
}

const EXCLUDE = '{**/node_modules/**,**/.git/**}';

/**
 * Finds the KBs of the workspace (folders holding `.support-kb.yml`, else the
 * workspace folders themselves when the setting allows) and loads them.
 */
export class KbRegistry implements vscode.Disposable {
  private entries: KbEntry[] = [];
  private generation = 0;
  private readonly changed = new vscode.EventEmitter<KbChange>();
  private readonly reloaded = new vscode.EventEmitter<void>();
  /** Fires when some files' issues changed. */
  readonly onDidChange = this.changed.event;
  /** Fires when the set of KBs was rebuilt (all issues may have changed). */
  readonly onDidReload = this.reloaded.event;

  constructor(private readonly log: vscode.LogOutputChannel) {}

  get all(): readonly KbEntry[] {
    return this.entries;
  }

  /** The innermost KB that would hold `uri`, if it is a Markdown file or config it covers. */
  entryFor(uri: vscode.Uri): KbEntry | undefined {
    let best: KbEntry | undefined;
    for (const entry of this.entries) {
      if (entry.base.scheme !== uri.scheme || entry.base.authority !== uri.authority) continue;
      if (uri.path !== entry.kb.configPath && !entry.kb.covers(uri.path)) continue;
      if (!best || entry.kb.root.length > best.kb.root.length) best = entry;
    }
    return best;
  }

  uriOf(entry: KbEntry, path: string): vscode.Uri {
    return entry.base.with({ path });
  }

  /**
   * (Re)discovers and loads every KB. Open editors' unsaved text wins over the
   * disk. A newer call makes an older one's result stale; it is then dropped.
   */
  async reload(token?: vscode.CancellationToken, onProgress?: (done: number, total: number) => void): Promise<void> {
    const generation = ++this.generation;
    const started = performance.now();
    const roots = await this.discoverRoots();
    const overrides = this.openDocumentTexts();
    const controller = new AbortController();
    token?.onCancellationRequested(() => controller.abort());
    const progress = new Map<string, [number, number]>();
    const entries = await Promise.all(
      roots.map(async ({ uri, hasConfig, name }) => {
        const kb = await loadKnowledgeBase(vscodeFileSystem(uri), uri.path, hasConfig, {
          overrides,
          signal: controller.signal,
          onProgress: (done, total) => {
            progress.set(uri.toString(), [done, total]);
            if (onProgress) {
              let d = 0;
              let t = 0;
              for (const [a, b] of progress.values()) (d += a), (t += b);
              onProgress(d, t);
            }
          },
        });
        return { kb, base: uri, name: kb.config.name ?? name };
      }),
    );
    if (generation !== this.generation || controller.signal.aborted) return;
    this.entries = entries;
    const docs = entries.reduce((n, e) => n + e.kb.documentCount, 0);
    this.log.info(`Indexed ${entries.length} KB(s), ${docs} documents in ${Math.round(performance.now() - started)} ms`);
    this.reloaded.fire();
  }

  /** Updates one file from text (an open editor) and announces what changed. */
  setText(uri: vscode.Uri, text: string): void {
    const entry = this.entryFor(uri);
    if (!entry || !isMarkdownPath(uri.path)) return;
    const affected = entry.kb.setText(uri.path, text);
    this.changed.fire({ entry, paths: [uri.path, ...affected] });
  }

  /** Updates one file from disk (a closed file that changed, or an editor closed without saving). */
  async setFromDisk(uri: vscode.Uri): Promise<void> {
    const entry = this.entryFor(uri);
    if (!entry || !isMarkdownPath(uri.path)) return;
    const generation = this.generation;
    let bytes: Uint8Array | undefined;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      bytes = undefined;
    }
    // A reload or an editor took over while we were reading: their text is newer.
    if (generation !== this.generation || vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return;
    const affected = bytes ? entry.kb.setBytes(uri.path, bytes) : entry.kb.remove(uri.path);
    this.changed.fire({ entry, paths: [uri.path, ...affected] });
  }

  remove(uri: vscode.Uri): void {
    const entry = this.entryFor(uri);
    if (!entry) return;
    const affected = entry.kb.remove(uri.path);
    this.changed.fire({ entry, paths: [uri.path, ...affected] });
  }

  dispose(): void {
    this.changed.dispose();
    this.reloaded.dispose();
  }

  private async discoverRoots(): Promise<{ uri: vscode.Uri; hasConfig: boolean; name: string }[]> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const configs = await vscode.workspace.findFiles(`**/${CONFIG_FILE}`, EXCLUDE);
    const roots = configs.map((c) => {
      const uri = c.with({ path: dirname(c.path) });
      return { uri, hasConfig: true, name: uri.path.slice(uri.path.lastIndexOf('/') + 1) };
    });
    const withoutConfig = vscode.workspace.getConfiguration('supportKb').get<string>('workspaceFolderAsKb', 'frontMatter');
    if (withoutConfig === 'frontMatter') {
      for (const folder of folders) {
        if (!roots.some((r) => r.uri.toString() === folder.uri.toString())) roots.push({ uri: folder.uri, hasConfig: false, name: folder.name });
      }
    }
    return roots;
  }

  private openDocumentTexts(): Map<string, string> {
    const texts = new Map<string, string>();
    for (const doc of vscode.workspace.textDocuments) {
      if ((isMarkdownPath(doc.uri.path) || doc.uri.path.endsWith(`/${CONFIG_FILE}`)) && !doc.isClosed) texts.set(doc.uri.path, doc.getText());
    }
    return texts;
  }
}
