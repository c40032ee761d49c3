import * as vscode from 'vscode';
import { sortByPosition, type Issue } from '../core';
import { toDiagnostic } from './convert';
import type { KbEntry, KbRegistry } from './kb-registry';

/** The longest stretch the publisher keeps the extension host busy before it lets other work run. */
const SLICE_MS = 50;

/**
 * Publishes KB issues as diagnostics: validation for every file of every KB,
 * tone lint for open documents (for all documents after "Lint Knowledge
 * Base"), and problems with the rules themselves on the config and rule files.
 * Keeps the latest issues per file so code actions can find their fixes.
 */
export class DiagnosticsPublisher implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('support-kb');
  private readonly published = new Map<string, readonly Issue[]>();
  private readonly updated = new vscode.EventEmitter<void>();
  readonly onDidUpdate = this.updated.event;
  /** Set by "Lint Knowledge Base": lint closed documents too. */
  lintAll = false;

  constructor(
    private readonly registry: KbRegistry,
    private readonly docsFor: (ruleId: string) => vscode.Uri,
  ) {}

  /**
   * Everything again, yielding to the event loop every {@link SLICE_MS} so the
   * extension host stays responsive on a large KB (linting 10,000 documents
   * takes seconds), a progress notification can update and cancellation can arrive.
   */
  async publishEverything(onProgress?: (done: number, total: number) => void, token?: vscode.CancellationToken): Promise<void> {
    const seen = new Set<string>();
    const jobs: { entry: KbEntry; path: string }[] = [];
    for (const entry of this.registry.all) {
      for (const report of entry.kb.reports()) jobs.push({ entry, path: report.path });
      for (const path of entry.linter.setupIssues.keys()) if (path !== entry.kb.configPath) jobs.push({ entry, path });
    }
    let sliceStarted = performance.now();
    for (const [i, { entry, path }] of jobs.entries()) {
      if (token?.isCancellationRequested) break;
      seen.add(this.set(entry, path));
      onProgress?.(i + 1, jobs.length);
      if (performance.now() - sliceStarted > SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStarted = performance.now();
      }
    }
    if (token?.isCancellationRequested) {
      this.updated.fire();
      return;
    }
    for (const key of [...this.published.keys()]) {
      if (!seen.has(key)) {
        this.collection.delete(vscode.Uri.parse(key));
        this.published.delete(key);
      }
    }
    this.updated.fire();
  }

  publish(entry: KbEntry, paths: readonly string[]): void {
    for (const path of new Set(paths)) {
      if (entry.kb.has(path) || path === entry.kb.configPath || entry.linter.setupIssues.has(path)) {
        this.set(entry, path);
      } else {
        const uri = this.registry.uriOf(entry, path);
        this.collection.delete(uri);
        this.published.delete(uri.toString());
      }
    }
    this.updated.fire();
  }

  /** The issues last published for a document (with their fixes). */
  issuesOf(uri: vscode.Uri): readonly Issue[] {
    return this.published.get(uri.toString()) ?? [];
  }

  /** Problem counts over everything published. */
  counts(): { errors: number; warnings: number; infos: number } {
    const counts = { errors: 0, warnings: 0, infos: 0 };
    for (const issues of this.published.values()) {
      for (const i of issues) {
        if (i.severity === 'error') counts.errors++;
        else if (i.severity === 'warning') counts.warnings++;
        else counts.infos++;
      }
    }
    return counts;
  }

  dispose(): void {
    this.collection.dispose();
    this.updated.dispose();
  }

  private set(entry: KbEntry, path: string): string {
    const uri = this.registry.uriOf(entry, path);
    const key = uri.toString();
    const issues = [...entry.kb.issuesFor(path), ...(entry.linter.setupIssues.get(path) ?? [])];
    const doc = entry.kb.document(path);
    if (doc && (this.lintAll || isOpen(key))) issues.push(...entry.linter.lint(doc));
    sortByPosition(issues);
    this.published.set(key, issues);
    this.collection.set(
      uri,
      issues.map((i) => toDiagnostic(i, (p) => this.registry.uriOf(entry, p), this.docsFor)),
    );
    return key;
  }
}

function isOpen(key: string): boolean {
  return vscode.workspace.textDocuments.some((d) => d.uri.toString() === key);
}
