import * as vscode from 'vscode';
import { fixesToApply, LineIndex, type Issue } from '../core';
import { DIAGNOSTIC_SOURCE, toRange } from './convert';
import type { DiagnosticsPublisher } from './diagnostics';
import type { KbRegistry } from './kb-registry';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('supportKb');

/**
 * Quick fixes for tone issues: the replacement (preferred), fix all of this
 * rule, fix everything in the file (also as `source.fixAll.supportKb`, so
 * it runs on save), and disabling the rule for a line or the file. Every
 * change is one WorkspaceEdit, so one undo restores it.
 */
export class SupportKbCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(
    private readonly diagnostics: DiagnosticsPublisher,
    private readonly registry: KbRegistry,
  ) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const entry = this.registry.entryFor(document.uri);
    const issues = this.currentIssues(document);
    if (!entry || issues.length === 0) return [];
    const actions: vscode.CodeAction[] = [];
    if (context.only?.intersects(FIX_ALL_KIND)) {
      const all = this.fixAll(document, issues, 'Fix all Support KB problems', FIX_ALL_KIND);
      if (all) actions.push(all);
    }
    if (context.only && !context.only.intersects(vscode.CodeActionKind.QuickFix)) return actions;

    const seenRules = new Set<string>();
    for (const diagnostic of context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE)) {
      const ruleId = ruleOf(diagnostic);
      const issue = issues.find((i) => i.ruleId === ruleId && i.message === diagnostic.message && toRange(i.range).isEqual(diagnostic.range));
      if (!issue) continue;
      if (issue.fix) {
        const action = new vscode.CodeAction(`Replace with "${issue.fix.text}"`, vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(document.uri, toRange(issue.fix.range), issue.fix.text);
        action.diagnostics = [diagnostic];
        action.isPreferred = true;
        actions.push(action);
      }
      // Only tone rules can be fixed in bulk or switched off inline; the KB's own checks (front matter, ids) cannot.
      if (seenRules.has(ruleId) || !entry.linter.ruleSet.byId.has(ruleId)) continue;
      seenRules.add(ruleId);
      const sameRule = issues.filter((i) => i.ruleId === ruleId && i.fix);
      if (sameRule.length > 1) {
        const all = this.fixAll(document, sameRule, `Fix all "${ruleId}" problems in this file`, vscode.CodeActionKind.QuickFix);
        if (all) actions.push(all);
      }
      actions.push(this.disableForLine(document, diagnostic.range.start.line, ruleId), this.disableForFile(document, ruleId));
    }
    if (seenRules.size > 0 && issues.filter((i) => i.fix).length > 1) {
      const all = this.fixAll(document, issues, 'Fix all Support KB problems in this file', vscode.CodeActionKind.QuickFix);
      if (all) actions.push(all);
    }
    return actions;
  }

  /**
   * The issues for the document's current text. Right after typing (fix-all on
   * save comes before the debounce fires) they are stale and their fixes would
   * land in the wrong place, so the document is checked again first.
   */
  private currentIssues(document: vscode.TextDocument): readonly Issue[] {
    const text = document.getText();
    if (this.registry.entryFor(document.uri)?.kb.document(document.uri.path)?.text !== text) this.registry.setText(document.uri, text);
    return this.registry.entryFor(document.uri)?.kb.document(document.uri.path)?.text === text ? this.diagnostics.issuesOf(document.uri) : [];
  }

  private fixAll(document: vscode.TextDocument, issues: readonly Issue[], title: string, kind: vscode.CodeActionKind): vscode.CodeAction | undefined {
    const lines = new LineIndex(document.getText());
    const fixes = fixesToApply(issues, lines);
    if (fixes.length === 0) return undefined;
    const action = new vscode.CodeAction(title, kind);
    action.edit = new vscode.WorkspaceEdit();
    for (const f of fixes) action.edit.replace(document.uri, new vscode.Range(document.positionAt(f.start), document.positionAt(f.end)), f.text);
    return action;
  }

  /** `<!-- support-kb-disable-next-line id -->` on the line above: appended to it when it is text, so a paragraph is not split in two. */
  private disableForLine(document: vscode.TextDocument, line: number, ruleId: string): vscode.CodeAction {
    const action = new vscode.CodeAction(`Disable "${ruleId}" for this line`, vscode.CodeActionKind.QuickFix);
    action.edit = new vscode.WorkspaceEdit();
    const comment = `<!-- support-kb-disable-next-line ${ruleId} -->`;
    const previous = line > 0 ? document.lineAt(line - 1) : undefined;
    if (previous && !previous.isEmptyOrWhitespace && !/^\s*(?:---|```|~~~)/.test(previous.text)) {
      action.edit.insert(document.uri, previous.range.end, ` ${comment}`);
    } else {
      const indent = /^\s*/.exec(document.lineAt(line).text)![0];
      action.edit.insert(document.uri, new vscode.Position(line, 0), `${indent}${comment}\n`);
    }
    return action;
  }

  /** `<!-- support-kb-disable id -->` as the first line of the body. */
  private disableForFile(document: vscode.TextDocument, ruleId: string): vscode.CodeAction {
    const action = new vscode.CodeAction(`Disable "${ruleId}" for this file`, vscode.CodeActionKind.QuickFix);
    action.edit = new vscode.WorkspaceEdit();
    const doc = this.registry.entryFor(document.uri)?.kb.document(document.uri.path);
    const at = document.positionAt(doc?.bodyOffset ?? 0);
    action.edit.insert(document.uri, at, `<!-- support-kb-disable ${ruleId} -->\n`);
    return action;
  }
}

function ruleOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code ?? '');
}
