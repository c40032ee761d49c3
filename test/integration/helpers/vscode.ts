// Helpers of the integration suite: reach the extension through its public API, wait on VS Code
// events (never sleeps) and undo what a test changed.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
// Type only (erased by esbuild): the tests see the extension through what activate() returns.
import type { SupportKbApi } from '../../../src/extension/extension';

export const EXTENSION_ID = 'support-kb.support-kb';
export const DIAGNOSTIC_SOURCE = 'support-kb';

export type { SupportKbApi };

export async function activateExtension(): Promise<SupportKbApi> {
  const extension = vscode.extensions.getExtension<SupportKbApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
  const api = await extension.activate();
  assert.ok(api, 'activate() returned no API object');
  return api;
}

/** Rejects with `what` when `promise` takes longer than `ms`. */
export function withTimeout<T>(promise: Thenable<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no result within ${ms} ms`)), ms);
  });
  return Promise.race([Promise.resolve(promise), timeout]).finally(() => clearTimeout(timer));
}

export function workspaceUri(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...relativePath.split('/'));
}

/** The rule id of a diagnostic: `code` is `{ value: ruleId, target: Uri }` by contract. */
export function ruleOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

export function kbDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
}

export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return '(none)';
  return diagnostics
    .map((d) => {
      const { start, end } = d.range;
      const severity = vscode.DiagnosticSeverity[d.severity];
      return `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ${severity} ${d.message} (${ruleOf(d)})`;
    })
    .join('\n      ');
}

/**
 * Resolves with the support-kb diagnostics of `uri` as soon as they satisfy `predicate`: checked
 * at once, then on every `onDidChangeDiagnostics` event that names `uri`. Rejects after
 * `timeoutMs` with the diagnostics last seen, so a failure says what the extension did publish.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  expectation: string,
  timeoutMs = 10_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const key = uri.toString();
    const check = (): boolean => {
      const current = kbDiagnostics(uri);
      if (!predicate(current)) return false;
      done();
      resolve(current);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === key)) check();
    });
    const timer = setTimeout(() => {
      done();
      reject(
        new Error(
          `timed out after ${timeoutMs} ms waiting for ${expectation} on ${vscode.workspace.asRelativePath(uri)}; ` +
            `last seen:\n      ${describeDiagnostics(kbDiagnostics(uri))}`,
        ),
      );
    }, timeoutMs);
    function done(): void {
      clearTimeout(timer);
      subscription.dispose();
    }
    check();
  });
}

export const hasRule = (rule: string) => (diagnostics: vscode.Diagnostic[]) => diagnostics.some((d) => ruleOf(d) === rule);
export const isEmpty = (diagnostics: vscode.Diagnostic[]) => diagnostics.length === 0;

export function findRule(diagnostics: vscode.Diagnostic[], rule: string): vscode.Diagnostic {
  const found = diagnostics.find((d) => ruleOf(d) === rule);
  assert.ok(found, `no ${rule} diagnostic among:\n      ${describeDiagnostics(diagnostics)}`);
  return found;
}

/** Range of the first occurrence of `needle` in the document (after `fromOffset`). */
export function rangeOf(document: vscode.TextDocument, needle: string, fromOffset = 0): vscode.Range {
  const offset = document.getText().indexOf(needle, fromOffset);
  assert.ok(offset >= 0, `"${needle}" not found in ${vscode.workspace.asRelativePath(document.uri)}`);
  return new vscode.Range(document.positionAt(offset), document.positionAt(offset + needle.length));
}

export function formatRange(range: vscode.Range): string {
  return `${range.start.line + 1}:${range.start.character + 1}-${range.end.line + 1}:${range.end.character + 1}`;
}

/** Applies an unsaved edit to the whole text: `change` gets the current text, returns the new one. */
export async function editText(document: vscode.TextDocument, change: (text: string) => string): Promise<void> {
  const before = document.getText();
  const after = change(before);
  assert.notEqual(after, before, 'the edit changes nothing');
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(before.length)), after);
  assert.ok(await vscode.workspace.applyEdit(edit), 'workspace edit was not applied');
}

/** Replaces exactly one line matching `pattern` (the whole line) with `replacement` lines, unsaved. */
export async function replaceLine(document: vscode.TextDocument, pattern: RegExp, replacement: string | null): Promise<void> {
  const lines = Array.from({ length: document.lineCount }, (_, i) => document.lineAt(i));
  const matches = lines.filter((line) => pattern.test(line.text));
  assert.equal(matches.length, 1, `expected one line matching ${pattern} in ${vscode.workspace.asRelativePath(document.uri)}`);
  const [line] = matches;
  const edit = new vscode.WorkspaceEdit();
  if (replacement === null) edit.delete(document.uri, line.rangeIncludingLineBreak);
  else edit.replace(document.uri, line.range, replacement);
  assert.ok(await vscode.workspace.applyEdit(edit), 'workspace edit was not applied');
}

/**
 * Resolves when the document's text equals `expected`: checked at once, then on every change
 * event of that document. The extension host learns about a change (e.g. a revert done by the
 * workbench) by message, so a command's promise can resolve before the text has arrived.
 */
export function waitForText(document: vscode.TextDocument, expected: string, what: string, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = (): void => {
      if (document.getText() !== expected) return;
      done();
      resolve();
    };
    const subscription = vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === document) check();
    });
    const timer = setTimeout(() => {
      done();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; the text is now:\n${document.getText()}`));
    }, timeoutMs);
    function done(): void {
      clearTimeout(timer);
      subscription.dispose();
    }
    check();
  });
}

/** Drops unsaved changes of every dirty document (File: Revert) and closes all editors. */
export async function revertAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty && d.uri.scheme !== 'untitled')) {
    const name = vscode.workspace.asRelativePath(document.uri);
    const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(document.uri));
    await vscode.window.showTextDocument(document, { preview: false });
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitForText(document, onDisk, `the revert of ${name}`);
    assert.equal(document.isDirty, false, `${name} is still dirty after revert`);
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
