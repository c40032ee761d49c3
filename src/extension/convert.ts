import * as vscode from 'vscode';
import type { Issue, Range, Severity } from '../core';

/** The one place where core's plain issues become VS Code diagnostics. */
export const DIAGNOSTIC_SOURCE = 'support-kb';

export function toRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

export function toSeverity(severity: Severity): vscode.DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    case 'info':
      return vscode.DiagnosticSeverity.Information;
  }
}

export function toDiagnostic(issue: Issue, uriOf: (path: string) => vscode.Uri, docsFor: (ruleId: string) => vscode.Uri): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(issue.range), issue.message, toSeverity(issue.severity));
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: issue.ruleId, target: docsFor(issue.ruleId) };
  if (issue.related?.length) {
    diagnostic.relatedInformation = issue.related.map(
      (r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uriOf(r.path), toRange(r.range)), r.message),
    );
  }
  return diagnostic;
}
