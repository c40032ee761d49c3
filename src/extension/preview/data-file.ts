import * as vscode from 'vscode';
import { dataFilePosition, parseDataFile, readText } from '../../core';

/** A data file the preview fills placeholders from, re-read when it changes on disk. */
export interface LoadedDataFile extends vscode.Disposable {
  readonly uri: vscode.Uri;
  readonly name: string;
  readonly data: Readonly<Record<string, unknown>>;
}

export type DataFileLoad = { readonly ok: true; readonly file: LoadedDataFile } | { readonly ok: false; readonly message: string; readonly position?: vscode.Position };

/**
 * Reads and parses `uri`; on success watches it, calling `onChange` with each
 * new version (or the problem, keeping the last good values) and `onDelete`
 * when it goes away.
 */
export async function loadDataFile(
  uri: vscode.Uri,
  onChange: (file: LoadedDataFile | { readonly problem: string }) => void,
  onDelete: () => void,
): Promise<DataFileLoad> {
  const first = await read(uri);
  if (!first.ok) return first;
  let data = first.data;
  const name = vscode.workspace.asRelativePath(uri, false);
  const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), uri.path.slice(uri.path.lastIndexOf('/') + 1)));
  const file: LoadedDataFile = {
    uri,
    name,
    get data() {
      return data;
    },
    dispose: () => watcher.dispose(),
  };
  const reload = async () => {
    const next = await read(uri);
    if (next.ok) {
      data = next.data;
      onChange(file);
    } else {
      onChange({ problem: `${name}: ${next.message}` });
    }
  };
  watcher.onDidChange(() => void reload());
  watcher.onDidCreate(() => void reload());
  watcher.onDidDelete(onDelete);
  return { ok: true, file };
}

async function read(uri: vscode.Uri): Promise<{ ok: true; data: Readonly<Record<string, unknown>> } | { ok: false; message: string; position?: vscode.Position }> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    return { ok: false, message: `it could not be read (${(error as Error).message})` };
  }
  const text = readText(bytes);
  if (!text.ok) return { ok: false, message: text.issue.message };
  const parsed = parseDataFile(text.text);
  if (parsed.ok) return parsed;
  return {
    ok: false,
    message: `${parsed.message}${dataFilePosition(parsed)}`,
    position: parsed.line === undefined ? undefined : new vscode.Position(parsed.line, parsed.character ?? 0),
  };
}
