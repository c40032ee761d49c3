/** The public surface of core, for the CLI, the extension, benches and tests. */
export type { Issue, Range, Position, Severity, Fix, RelatedLocation } from './types';
export type { KbDocument, DocumentMeta, VariableDeclaration, PlaceholderUse } from './kb/document';
export type { KbFileSystem, DirectoryEntry } from './kb/file-system';
export { KnowledgeBase, type FileReport } from './kb/knowledge-base';
export { loadKnowledgeBase, type LoadOptions } from './kb/load';
export { parseDocument } from './kb/parse-document';
export { parseConfig, CONFIG_FILE, type KbConfig } from './kb/config';
export { findConfigRoot, listMarkdownFiles } from './kb/scan';
export { isMarkdownPath, joinPath, dirname, basename, relativeTo } from './kb/paths';
export { CHANNELS, KINDS, DOCUMENT_TYPES, type Channel, type Kind, type DocumentType } from './kb/vocabulary';
export { LineIndex } from './text/line-index';
