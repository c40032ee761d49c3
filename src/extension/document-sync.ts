import * as vscode from 'vscode';
import { CONFIG_FILE, isMarkdownPath } from '../core';
import type { KbRegistry } from './kb-registry';

/**
 * Keeps the KBs in step with editors and the disk: open editors validate as
 * you type (one debounce timer per document; the text is read when the timer
 * fires, so a stale version is never published), closed files follow the disk,
 * and a change to any `.support-kb.yml` reloads everything.
 */
export class DocumentSync implements vscode.Disposable {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly disposables: vscode.Disposable[] = [];
  private reloadTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly registry: KbRegistry,
    private readonly reload: () => void,
    private readonly delayMs: () => number,
  ) {
    const markdown = vscode.workspace.createFileSystemWatcher('**/*.{md,markdown}');
    const config = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`);
    // Folders: a deleted or moved folder is one event for the folder, none for the files in it.
    const anything = vscode.workspace.createFileSystemWatcher('**/*', false, false, false);
    const yaml = vscode.workspace.createFileSystemWatcher('**/*.{yml,yaml}');
    this.disposables.push(
      markdown,
      config,
      vscode.workspace.onDidOpenTextDocument((d) => this.validateNow(d)),
      vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length > 0 && this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.closed(d)),
      markdown.onDidCreate((uri) => this.diskChanged(uri)),
      markdown.onDidChange((uri) => this.diskChanged(uri)),
      markdown.onDidDelete((uri) => this.registry.remove(uri)),
      config.onDidCreate(() => this.scheduleReload()),
      config.onDidChange(() => this.scheduleReload()),
      config.onDidDelete(() => this.scheduleReload()),
      anything,
      yaml,
      anything.onDidDelete((uri) => !isMarkdownPath(uri.path) && this.registry.removeFolder(uri)),
      anything.onDidCreate((uri) => void this.folderCreated(uri)),
      yaml.onDidChange((uri) => this.registry.isRuleFile(uri) && this.scheduleReload()),
      yaml.onDidCreate((uri) => this.registry.isRuleFile(uri) && this.scheduleReload()),
      yaml.onDidDelete((uri) => this.registry.isRuleFile(uri) && this.scheduleReload()),
    );
  }

  /** Validates every open Markdown editor now (after a reload, or at start). */
  validateOpenDocuments(): void {
    for (const doc of vscode.workspace.textDocuments) this.validateNow(doc);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    clearTimeout(this.reloadTimer);
    for (const d of this.disposables) d.dispose();
  }

  private isKbFile(doc: vscode.TextDocument): boolean {
    return isMarkdownPath(doc.uri.path) && this.registry.entryFor(doc.uri) !== undefined;
  }

  private validateNow(doc: vscode.TextDocument): void {
    if (!this.isKbFile(doc)) return;
    this.cancel(doc.uri);
    this.registry.setText(doc.uri, doc.getText());
  }

  private schedule(doc: vscode.TextDocument): void {
    // The config changes defaults and ignores for every document, a rule file the rules: reload the KB with the editor's text.
    if (isConfigPath(doc.uri.path) || this.registry.isRuleFile(doc.uri)) return this.scheduleReload();
    if (!this.isKbFile(doc)) return;
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!doc.isClosed) this.registry.setText(doc.uri, doc.getText());
      }, this.delayMs()),
    );
  }

  private cancel(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }

  private closed(doc: vscode.TextDocument): void {
    this.cancel(doc.uri);
    // Perhaps closed without saving: the disk is the truth again.
    if (isConfigPath(doc.uri.path)) this.scheduleReload();
    else if (this.isKbFile(doc)) void this.registry.setFromDisk(doc.uri);
  }

  private diskChanged(uri: vscode.Uri): void {
    const open = vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
    if (!open) void this.registry.setFromDisk(uri);
  }

  /** A folder moved or copied in: its files raised no events of their own, so read everything again. */
  private async folderCreated(uri: vscode.Uri): Promise<void> {
    if (isMarkdownPath(uri.path)) return;
    try {
      if ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) this.scheduleReload();
    } catch {
      // Gone again already.
    }
  }

  private scheduleReload(): void {
    clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(this.reload, this.delayMs());
  }
}

export function isConfigPath(path: string): boolean {
  return path.endsWith(`/${CONFIG_FILE}`);
}
