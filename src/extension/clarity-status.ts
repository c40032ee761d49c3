import * as vscode from 'vscode';
import { clarity } from '../core';
import type { DiagnosticsPublisher } from './diagnostics';
import type { KbRegistry } from './kb-registry';

/** "Clarity 8.5/10" for the active KB document, with the findings behind the number in the tooltip. */
export class ClarityStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('supportKb.clarity', vscode.StatusBarAlignment.Left, 49);
  private timer: NodeJS.Timeout | undefined;
  text = '';

  constructor(
    private readonly registry: KbRegistry,
    private readonly diagnostics: DiagnosticsPublisher,
  ) {
    this.item.name = 'Support KB: Clarity';
    this.item.command = 'workbench.actions.view.problems';
  }

  scheduleUpdate(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.update();
    }, 100);
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    const entry = editor && this.registry.entryFor(editor.document.uri);
    const doc = editor && entry?.kb.document(editor.document.uri.path);
    if (!editor || !entry || !doc) {
      this.item.hide();
      this.text = '';
      return;
    }
    const tone = this.diagnostics.issuesOf(editor.document.uri).filter((i) => entry.linter.ruleSet.byId.has(i.ruleId));
    const result = clarity(doc, tone);
    this.text = `Clarity ${result.score.toFixed(1)}/10`;
    this.item.text = `$(${result.score >= 8 ? 'pass' : result.score >= 5 ? 'info' : 'warning'}) ${this.text}`;
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.appendMarkdown(`**Clarity ${result.score.toFixed(1)} of 10** — ${result.words} words, ${tone.length} tone finding${tone.length === 1 ? '' : 's'}\n\n`);
    for (const { ruleId, count } of result.byRule.slice(0, 12)) tooltip.appendMarkdown(`- \`${ruleId}\` × ${count}\n`);
    if (result.byRule.length === 0) tooltip.appendMarkdown('No tone findings.\n');
    tooltip.appendMarkdown('\nErrors weigh 3, warnings 2, info 1; four weighted findings per 100 words bring the score to 0.');
    this.item.tooltip = tooltip;
    this.item.show();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.item.dispose();
  }
}
