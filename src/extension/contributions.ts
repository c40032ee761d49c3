/**
 * What package.json contributes that the code registers: the commands and the channel preview's
 * webview type. A module of its own, with no imports, so that the entry module (extension.ts)
 * can register every command and the preview's serializer before the KB features are loaded
 * (test/unit/contributions.test.ts holds this list to package.json).
 */
export const COMMANDS = [
  'supportKb.validateKnowledgeBase',
  'supportKb.lintKnowledgeBase',
  'supportKb.showLog',
  'supportKb.findTemplate',
  'supportKb.openPreview',
  'supportKb.choosePreviewData',
] as const;

export type CommandId = (typeof COMMANDS)[number];

export const PREVIEW_VIEW_TYPE = 'supportKb.channelPreview';

/** Where `.support-kb.yml` files are never looked for: by the registry, nor by the activation check. */
export const SEARCH_EXCLUDE = '{**/node_modules/**,**/.git/**}';
