import * as vscode from 'vscode';
import type { DiagnosticsPublisher } from './diagnostics';
import type { KbRegistry } from './kb-registry';
import type { IndexState } from './template-search';

/** "KB: N docs · M problems"; a click opens the Problems view. Hidden where there is no KB. */
export class KbStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('supportKb.status', vscode.StatusBarAlignment.Left, 50);
  private indexing = false;
  private running = 0;
  private timer: NodeJS.Timeout | undefined;
  private templates: IndexState = { state: 'building' };
  text = '';

  constructor(
    private readonly registry: KbRegistry,
    private readonly diagnostics: DiagnosticsPublisher,
  ) {
    this.item.name = 'Support KB';
    this.item.command = 'workbench.actions.view.problems';
  }

  /** Indexing runs may overlap (a config edit during a load): the item shows "indexing" until the last ends. */
  setIndexing(indexing: boolean, detail?: string): void {
    this.running = Math.max(0, this.running + (indexing ? 1 : -1));
    this.indexing = this.running > 0;
    if (this.indexing) {
      this.text = 'KB: indexing…';
      this.item.text = `$(sync~spin) ${this.text}`;
      this.item.tooltip = detail ?? 'Support KB is reading the knowledge base';
      this.item.show();
    } else {
      this.update();
    }
  }

  setTemplates(state: IndexState): void {
    this.templates = state;
    this.scheduleUpdate();
  }

  /** Coalesces bursts of updates (typing in several files) into one refresh. */
  scheduleUpdate(): void {
    if (this.indexing || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.update();
    }, 100);
  }

  update(): void {
    const entries = this.registry.all;
    if (entries.length === 0) {
      this.item.hide();
      return;
    }
    const docs = entries.reduce((n, e) => n + e.kb.documentCount, 0);
    const c = this.diagnostics.counts();
    const problems = c.errors + c.warnings + c.infos;
    this.text = `KB: ${docs} doc${docs === 1 ? '' : 's'} · ${problems} problem${problems === 1 ? '' : 's'}`;
    this.item.text = `$(${c.errors > 0 ? 'error' : problems > 0 ? 'warning' : 'check'}) ${this.text}`;
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.appendMarkdown('**Support KB**\n\n');
    for (const e of entries) tooltip.appendMarkdown(`- ${escape(e.name)}: ${e.kb.documentCount} documents\n`);
    tooltip.appendMarkdown(`\n$(error) ${c.errors} errors · $(warning) ${c.warnings} warnings · $(info) ${c.infos} info\n\n`);
    const t = this.templates;
    tooltip.appendMarkdown(t.state === 'building' ? '$(sync~spin) Template search: indexing…\n\n' : `$(search) Template search: ${t.templates} templates\n\n`);
    tooltip.appendMarkdown('Click to open the Problems view.');
    this.item.tooltip = tooltip;
    this.item.backgroundColor = undefined;
    this.item.show();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.item.dispose();
  }
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
