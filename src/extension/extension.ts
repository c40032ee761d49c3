/**
 * The extension's entry (dist/extension.js): small on purpose. VS Code activates it in every
 * window that opens a Markdown file (a workspace folder can be a KB without `.support-kb.yml`,
 * see `supportKb.workspaceFolderAsKb`, and a folder can sit inside a KB), so activation only
 * registers the commands and the preview's serializer and asks whether a KB can be here; the
 * KB features (dist/kb-features.js, most of the code) are loaded once one can, or when a command
 * needs them. Figures in BENCHMARKS.md ("Extension size and activation").
 */
import * as vscode from 'vscode';
import { FeaturesLoader, type FeaturesLoad } from './activation/features-loader';
import { COMMANDS, PREVIEW_VIEW_TYPE } from './contributions';
import type { KbFeaturesApi } from './kb-features';
import type { PreviewState } from '../webview/protocol';

export type { FeaturesLoad };

/** What `activate` returns; integration tests reach internals only through this. */
export interface SupportKbApi extends KbFeaturesApi {
  /** How long `activate()` itself took, in milliseconds. */
  readonly activationMs: number;
  /** Resolves when activation's look for a KB is done: with the features' load, or undefined when no KB can be here (yet). */
  whenChecked(): Promise<FeaturesLoad | undefined>;
  /** Why and at what cost the KB features were loaded; undefined while they are not. */
  featuresLoad(): FeaturesLoad | undefined;
}

export function activate(context: vscode.ExtensionContext): SupportKbApi {
  const started = performance.now();
  let activationMs = 0;
  const loader = new FeaturesLoader(context, () => activationMs);
  context.subscriptions.push(
    loader,
    ...COMMANDS.map((command) => vscode.commands.registerCommand(command, (...args: unknown[]) => loader.start(`of the command ${command}`).commands[command](...args))),
    // Registered here, not with the preview: VS Code restores panels only through a serializer registered during activation.
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state: PreviewState | undefined) => loader.start('a channel preview was open').restorePreview(panel, state),
    }),
  );
  const checked = loader.startWhenKbCanBeHere();
  activationMs = performance.now() - started;
  return api(loader, checked, activationMs);
}

/** The features' API, reached once they are loaded; before that its calls fail and say why. */
function api(loader: FeaturesLoader, checked: Promise<FeaturesLoad | undefined>, activationMs: number): SupportKbApi {
  const features = (): KbFeaturesApi => {
    const current = loader.current;
    if (!current) throw new Error('Support KB has not loaded its KB features: no knowledge base was found in this window');
    return current.api;
  };
  return {
    activationMs,
    whenChecked: () => checked,
    featuresLoad: () => loader.loaded,
    whenIndexed: async () => {
      await checked;
      await features().whenIndexed();
    },
    statusText: () => features().statusText(),
    clarityText: () => features().clarityText(),
    whenTemplatesIndexed: async () => {
      await checked;
      await features().whenTemplatesIndexed();
    },
    templateIndexState: () => features().templateIndexState(),
    templatePicker: () => features().templatePicker(),
    previewMessage: () => features().previewMessage(),
    nextPreviewMessage: (accept) => features().nextPreviewMessage(accept),
    postToPreviewHost: (message) => features().postToPreviewHost(message),
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
