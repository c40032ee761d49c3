import * as vscode from 'vscode';
import { toDiagnostic } from './convert';
import type { KbEntry, KbRegistry } from './kb-registry';

/** Publishes KB issues as diagnostics: all of them after a reload, the changed files after an edit. */
export class DiagnosticsPublisher implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('support-kb');
  private readonly published = new Set<string>();
  private readonly updated = new vscode.EventEmitter<void>();
  readonly onDidUpdate = this.updated.event;

  constructor(
    private readonly registry: KbRegistry,
    private readonly docsFor: (ruleId: string) => vscode.Uri,
  ) {}

  publishAll(): void {
    const seen = new Set<string>();
    for (const entry of this.registry.all) {
      for (const report of entry.kb.reports()) {
        const uri = this.registry.uriOf(entry, report.path);
        seen.add(uri.toString());
        this.set(entry, uri, report.path);
      }
    }
    for (const key of this.published) {
      if (!seen.has(key)) this.collection.delete(vscode.Uri.parse(key));
    }
    this.published.clear();
    for (const key of seen) this.published.add(key);
    this.updated.fire();
  }

  publish(entry: KbEntry, paths: readonly string[]): void {
    for (const path of new Set(paths)) {
      const uri = this.registry.uriOf(entry, path);
      if (entry.kb.has(path) || path === entry.kb.configPath) {
        this.set(entry, uri, path);
        this.published.add(uri.toString());
      } else {
        this.collection.delete(uri);
        this.published.delete(uri.toString());
      }
    }
    this.updated.fire();
  }

  /** Problem counts over everything published. */
  counts(): { errors: number; warnings: number; infos: number } {
    const counts = { errors: 0, warnings: 0, infos: 0 };
    this.collection.forEach((_, diagnostics) => {
      for (const d of diagnostics) {
        if (d.severity === vscode.DiagnosticSeverity.Error) counts.errors++;
        else if (d.severity === vscode.DiagnosticSeverity.Warning) counts.warnings++;
        else counts.infos++;
      }
    });
    return counts;
  }

  dispose(): void {
    this.collection.dispose();
    this.updated.dispose();
  }

  private set(entry: KbEntry, uri: vscode.Uri, path: string): void {
    const issues = entry.kb.issuesFor(path);
    this.collection.set(
      uri,
      issues.map((i) => toDiagnostic(i, (p) => this.registry.uriOf(entry, p), this.docsFor)),
    );
  }
}
