import * as vscode from 'vscode';
import {
  asFileError,
  CONFIG_FILE,
  dirname,
  findConfigRoot,
  isMarkdownPath,
  KbLinter,
  loadKnowledgeBase,
  MAX_DOCUMENT_BYTES,
  RegexSafety,
  relativeTo,
  resolveInside,
  type KnowledgeBase,
} from '../core';
import { SEARCH_EXCLUDE } from './contributions';
import { vscodeFileSystem } from './vscode-file-system';

/** A loaded KB and how to reach its files. */
export interface KbEntry {
  readonly kb: KnowledgeBase;
  /** Tone rules for this KB: built-in, the team's, and the config's settings. */
  readonly linter: KbLinter;
  readonly base: vscode.Uri;
  readonly name: string;
}

/** Paths of one KB whose issues changed and must be published again. */
export interface KbChange {
  readonly entry: KbEntry;
  readonly paths: readonly string[];
}

/**
 * Finds the KBs of the workspace (folders holding `.support-kb.yml`, else the
 * workspace folders themselves when the setting allows) and loads them.
 */
export class KbRegistry implements vscode.Disposable {
  private entries: KbEntry[] = [];
  private generation = 0;
  private loading: AbortController | undefined;
  /** Files that changed while a reload was reading: re-applied to its result, which may have read them too early. */
  private touched: Set<string> | undefined;
  private readonly changed = new vscode.EventEmitter<KbChange>();
  /** Verdicts on team patterns, so a reload after a config change does not prove them again. */
  private readonly safety = new RegexSafety();
  /** Fires when some files' issues changed. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: vscode.LogOutputChannel) {}

  get all(): readonly KbEntry[] {
    return this.entries;
  }

  /**
   * The KB a file belongs to: the innermost KB whose folder holds it, and only
   * if that KB reads such a file (an ignored file of an inner KB does not fall
   * through to an outer one).
   */
  entryFor(uri: vscode.Uri): KbEntry | undefined {
    let best: KbEntry | undefined;
    for (const entry of this.entries) {
      if (entry.base.scheme !== uri.scheme || entry.base.authority !== uri.authority) continue;
      if (relativeTo(entry.kb.root, uri.path) === undefined) continue;
      if (!best || entry.kb.root.length > best.kb.root.length) best = entry;
    }
    if (!best) return undefined;
    const { kb, linter } = best;
    return uri.path === kb.configPath || linter.setupIssues.has(uri.path) || kb.covers(uri.path) ? best : undefined;
  }

  /** Whether a file is one of the team rule files a KB reads (a change to it reloads the rules). */
  isRuleFile(uri: vscode.Uri): boolean {
    return this.entries.some((e) => e.base.scheme === uri.scheme && e.kb.config.customRules.some((f) => resolveInside(e.kb.root, f) === uri.path));
  }

  uriOf(entry: KbEntry, path: string): vscode.Uri {
    return entry.base.with({ path });
  }

  /**
   * (Re)discovers and loads every KB. Open editors' unsaved text wins over the
   * disk. A newer call cancels an older one, whose result is then dropped.
   */
  async reload(onProgress?: (done: number, total: number) => void): Promise<void> {
    const generation = ++this.generation;
    this.loading?.abort();
    const controller = (this.loading = new AbortController());
    this.touched = new Set();
    const started = performance.now();
    const roots = await this.discoverRoots();
    const progress = new Map<string, [number, number]>();
    const entries = await Promise.all(
      roots.map(async ({ uri, hasConfig, name }) => {
        const kb = await loadKnowledgeBase(vscodeFileSystem(uri), uri.path, hasConfig, {
          overrides: this.openDocumentTexts(uri),
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
        // Team regex rules run only in a trusted workspace (Restricted Mode keeps them off).
        const linter = await KbLinter.create(vscodeFileSystem(uri), kb, { allowPatterns: vscode.workspace.isTrusted, cacheParagraphs: true, safety: this.safety });
        return { kb, linter, base: uri, name: kb.config.name ?? name };
      }),
    );
    if (generation !== this.generation || controller.signal.aborted) return;
    this.entries = entries;
    const touched = this.touched;
    this.touched = undefined;
    for (const key of touched) await this.refresh(vscode.Uri.parse(key), false);
    const docs = entries.reduce((n, e) => n + e.kb.documentCount, 0);
    this.log.info(`Indexed ${entries.length} KB(s), ${docs} documents in ${Math.round(performance.now() - started)} ms`);
  }

  /** Updates one file from text (an open editor) and announces what changed. */
  setText(uri: vscode.Uri, text: string): void {
    this.touched?.add(uri.toString());
    const entry = this.entryFor(uri);
    if (!entry || !isMarkdownPath(uri.path)) return;
    const affected = entry.kb.setText(uri.path, text);
    this.changed.fire({ entry, paths: [uri.path, ...affected] });
  }

  /** Updates one file from disk (a closed file that changed, or an editor closed without saving). */
  async setFromDisk(uri: vscode.Uri): Promise<void> {
    this.touched?.add(uri.toString());
    await this.refresh(uri, true);
  }

  remove(uri: vscode.Uri): void {
    this.touched?.add(uri.toString());
    const entry = this.entryFor(uri);
    if (!entry) return;
    const affected = entry.kb.remove(uri.path);
    this.changed.fire({ entry, paths: [uri.path, ...affected] });
  }

  /** A folder was deleted or moved away: forget what was under it. */
  removeFolder(uri: vscode.Uri): void {
    for (const entry of this.entries) {
      if (entry.base.scheme !== uri.scheme || entry.base.authority !== uri.authority) continue;
      const affected = entry.kb.removeFolder(uri.path);
      if (affected.length) this.changed.fire({ entry, paths: affected });
    }
  }

  dispose(): void {
    this.loading?.abort();
    this.changed.dispose();
  }

  /** Reads a file's current state: the open editor's text, else the disk, else gone. */
  private async refresh(uri: vscode.Uri, preferDisk: boolean): Promise<void> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open && !open.isClosed && !preferDisk) return this.setText(uri, open.getText());
    const entry = this.entryFor(uri);
    if (!entry || !isMarkdownPath(uri.path)) return;
    const generation = this.generation;
    let read: { bytes: Uint8Array } | { error: ReturnType<typeof asFileError> };
    try {
      read = { bytes: await vscodeFileSystem(entry.base).readFile(uri.path, { maxBytes: MAX_DOCUMENT_BYTES }) };
    } catch (error) {
      read = { error: asFileError(error) };
    }
    // A reload or an editor took over while we were reading: their text is newer.
    if (generation !== this.generation || vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return;
    const current = this.entryFor(uri);
    if (!current) return;
    const affected = 'bytes' in read ? current.kb.setBytes(uri.path, read.bytes) : current.kb.setReadError(uri.path, read.error);
    this.changed.fire({ entry: current, paths: [uri.path, ...affected] });
  }

  private async discoverRoots(): Promise<{ uri: vscode.Uri; hasConfig: boolean; name: string }[]> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const configs = await vscode.workspace.findFiles(`**/${CONFIG_FILE}`, SEARCH_EXCLUDE);
    const roots = configs.map((c) => {
      const uri = c.with({ path: dirname(c.path) });
      return { uri, hasConfig: true, name: uri.path.slice(uri.path.lastIndexOf('/') + 1) };
    });
    const withoutConfig = vscode.workspace.getConfiguration('supportKb').get<string>('workspaceFolderAsKb', 'frontMatter');
    for (const folder of folders) {
      if (roots.some((r) => r.uri.toString() === folder.uri.toString())) continue;
      // A folder inside a KB (kb/faq opened alone) belongs to the KB above it, as it does for the CLI.
      const above = folder.uri.path === '/' ? undefined : await findConfigRoot(vscodeFileSystem(folder.uri), dirname(folder.uri.path)).catch(() => undefined);
      if (above !== undefined) {
        const uri = folder.uri.with({ path: above });
        if (!roots.some((r) => r.uri.toString() === uri.toString())) roots.push({ uri, hasConfig: true, name: above.slice(above.lastIndexOf('/') + 1) || above });
      } else if (withoutConfig === 'frontMatter') {
        roots.push({ uri: folder.uri, hasConfig: false, name: folder.name });
      }
    }
    return roots;
  }

  /** Unsaved editor text of files under `root` (same scheme and authority: a `git:` diff is not the file). */
  private openDocumentTexts(root: vscode.Uri): Map<string, string> {
    const texts = new Map<string, string>();
    for (const doc of vscode.workspace.textDocuments) {
      const { uri } = doc;
      if (doc.isClosed || uri.scheme !== root.scheme || uri.authority !== root.authority) continue;
      if (isMarkdownPath(uri.path) || uri.path.endsWith(`/${CONFIG_FILE}`)) texts.set(uri.path, doc.getText());
    }
    return texts;
  }
}
