import { sortByPosition } from '../issues';
import { didYouMeanSuffix } from '../text/did-you-mean';
import type { Issue, RelatedLocation } from '../types';
import { CONFIG_FILE, DEFAULT_CONFIG, parseConfig, type KbConfig } from './config';
import type { KbDocument } from './document';
import { parseDocument } from './parse-document';
import { joinPath, relativeTo } from './paths';
import type { KbFileError } from './file-system';
import { MAX_DOCUMENT_BYTES, readText, tooLargeIssue } from './read-text';
import { globMatcher } from './globs';
import { isScannedPath } from './scan';

const MAX_RELATED = 10;
const TOP = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** A file that could not be read as text (binary, too large, not UTF-8). */
interface UnreadableFile {
  readonly relativePath: string;
  readonly issue: Issue;
}

export interface FileReport {
  readonly path: string;
  readonly relativePath: string;
  readonly issues: readonly Issue[];
}

/**
 * The documents of one KB and the checks that span files (duplicate ids,
 * translation targets). Updated one file at a time; every update returns the
 * other files whose issues changed with it, so an editor republishes only those.
 */
export class KnowledgeBase {
  readonly configPath: string;
  private parsedConfig: { config: KbConfig; issues: readonly Issue[] } | undefined;
  /** The configuration's text, for locating later findings about it (unknown rule ids). */
  configText: string | undefined;
  private ignoreMatcher: (rel: string) => boolean = () => false;
  private readonly docs = new Map<string, KbDocument>();
  private readonly unreadable = new Map<string, UnreadableFile>();
  private readonly byId = new Map<string, Set<string>>();
  private readonly byTranslationTarget = new Map<string, Set<string>>();

  /** `hasConfig`: the root holds `.support-kb.yml`; without it only files with front matter are documents. */
  constructor(
    readonly root: string,
    readonly hasConfig: boolean,
    /** Another configuration file than `<root>/.support-kb.yml` (the CLI's --config). */
    configPath?: string,
  ) {
    this.configPath = configPath ?? joinPath(root, CONFIG_FILE);
  }

  get config(): KbConfig {
    return this.parsedConfig?.config ?? DEFAULT_CONFIG;
  }

  get documentCount(): number {
    return this.docs.size;
  }

  documents(): IterableIterator<KbDocument> {
    return this.docs.values();
  }

  document(path: string): KbDocument | undefined {
    return this.docs.get(path);
  }

  /** Replaces the configuration. Documents must be re-parsed after it (defaults and ignores may change). */
  setConfigText(text: string | undefined): void {
    this.configText = text;
    this.parsedConfig = text === undefined ? undefined : parseConfig(text);
    this.ignoreMatcher = globMatcher(this.config.ignore);
  }

  /** The configuration file exists but could not be read: the defaults apply, and the file says why. */
  setConfigUnreadable(message: string): void {
    this.configText = undefined;
    this.parsedConfig = { config: DEFAULT_CONFIG, issues: [{ ruleId: 'kb/unreadable', severity: 'error', message, range: TOP }] };
    this.ignoreMatcher = globMatcher([]);
  }

  /**
   * A file or folder of the KB that could not be read (a folder's files are then missing from the
   * KB; `check` must not say "no problems" about them). A file that is gone is just forgotten.
   */
  setReadError(path: string, error: KbFileError, folder = false): string[] {
    if (error.code === 'not-found') return this.remove(path);
    const what = folder ? 'This folder' : 'This file';
    const issue: Issue =
      error.code === 'too-large'
        ? tooLargeIssue(error.size ?? MAX_DOCUMENT_BYTES + 1)
        : error.code === 'not-a-file'
          ? { ruleId: 'kb/unreadable', severity: 'error', message: `${what} is not a regular file (a pipe, a device or a socket); Support KB does not read it.`, range: TOP }
          : { ruleId: 'kb/unreadable', severity: 'error', message: `${what} could not be read (${error.message})${folder ? ', so its documents were not checked' : ''}.`, range: TOP };
    const affected = this.remove(path);
    // Unlike a file without front matter, a folder that can't be read is reported even without a config.
    if (this.hasConfig || folder) this.unreadable.set(path, { relativePath: this.relative(path) ?? path, issue });
    return affected;
  }

  relative(path: string): string | undefined {
    return relativeTo(this.root, path);
  }

  isIgnored(relativePath: string): boolean {
    return this.ignoreMatcher(relativePath);
  }

  /** Whether `path` is a file this KB's scan would read: inside it, in a scanned folder, not ignored. */
  covers(path: string): boolean {
    const rel = this.relative(path);
    return rel !== undefined && isScannedPath(rel) && !this.ignoreMatcher(rel);
  }

  /** Forgets every file under a folder (the folder was deleted or moved); returns the paths whose issues changed. */
  removeFolder(folder: string): string[] {
    const prefix = folder.endsWith('/') ? folder : `${folder}/`;
    const affected = new Set<string>();
    for (const path of [...this.docs.keys(), ...this.unreadable.keys()]) {
      if (!path.startsWith(prefix)) continue;
      affected.add(path);
      for (const p of this.remove(path)) affected.add(p);
    }
    return [...affected];
  }

  /** Parses file bytes; see {@link setText}. */
  setBytes(path: string, bytes: Uint8Array, announce = true): string[] {
    const read = readText(bytes);
    if (read.ok) return this.setText(path, read.text, announce);
    return this.setUnreadable(path, read.issue);
  }

  /** A file that is no document (binary, too large, not UTF-8); outside a configured KB it is just left out. */
  private setUnreadable(path: string, issue: Issue): string[] {
    const affected = this.remove(path);
    if (this.hasConfig) this.unreadable.set(path, { relativePath: this.relative(path) ?? path, issue });
    return affected;
  }

  /**
   * Parses and stores a document; returns the other paths whose issues changed.
   * A bulk load passes `announce = false`: nobody republishes then, and working
   * out the neighbours of every file in turn would cost O(n²).
   */
  setText(path: string, text: string, announce = true): string[] {
    // The editor's text skips the byte check of disk reads; apply the same size limit.
    if (text.length > MAX_DOCUMENT_BYTES) return this.setBytes(path, new Uint8Array(text.length * 2), announce);
    let doc: KbDocument;
    try {
      doc = this.parse(path, text);
    } catch (error) {
      // Core promises never to throw on input; if a bug makes it, the file still shows up, with the cause.
      return this.setUnreadable(path, {
        ruleId: 'kb/internal-error',
        severity: 'error',
        message: `Support KB could not check this file (${(error as Error).message}). Please report it with the file attached.`,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      });
    }
    const affected = new Set(this.remove(path));
    if (!this.hasConfig && !doc.hasFrontMatter) return [...affected];
    this.docs.set(path, doc);
    this.index(this.byId, doc.id, path);
    if (doc.meta.translationOf) this.index(this.byTranslationTarget, doc.meta.translationOf, path);
    if (!announce) return [];
    this.collectNeighbours(doc, affected);
    affected.delete(path);
    return [...affected];
  }

  private parse(path: string, text: string): KbDocument {
    return parseDocument({
      path,
      relativePath: this.relative(path) ?? path,
      text,
      defaultLocale: this.config.defaultLocale,
      requireFrontMatter: this.hasConfig,
    });
  }

  /** Forgets a file; returns the other paths whose issues changed. */
  remove(path: string): string[] {
    this.unreadable.delete(path);
    const doc = this.docs.get(path);
    if (!doc) return [];
    this.docs.delete(path);
    this.unindex(this.byId, doc.id, path);
    if (doc.meta.translationOf) this.unindex(this.byTranslationTarget, doc.meta.translationOf, path);
    const affected = new Set<string>();
    this.collectNeighbours(doc, affected);
    affected.delete(path);
    return [...affected];
  }

  has(path: string): boolean {
    return this.docs.has(path) || this.unreadable.has(path);
  }

  issuesFor(path: string): Issue[] {
    if (path === this.configPath) return sortByPosition([...(this.parsedConfig?.issues ?? [])]);
    const unreadable = this.unreadable.get(path);
    if (unreadable) return [unreadable.issue];
    const doc = this.docs.get(path);
    if (!doc) return [];
    return sortByPosition([...doc.issues, ...this.duplicateIdIssues(doc), ...this.translationIssues(doc)]);
  }

  /** Every file checked, in path order, with its issues (empty for clean files). */
  reports(): FileReport[] {
    const paths = [...this.docs.keys(), ...this.unreadable.keys()];
    if (this.parsedConfig) paths.push(this.configPath);
    return paths.sort().map((path) => ({ path, relativePath: this.relative(path) ?? path, issues: this.issuesFor(path) }));
  }

  private duplicateIdIssues(doc: KbDocument): Issue[] {
    const others = [...(this.byId.get(doc.id) ?? [])].filter((p) => p !== doc.path).map((p) => this.docs.get(p)!);
    if (others.length === 0) return [];
    // Capped: 2,000 `index.md` files must not make each message list 1,999 paths.
    const shown = others.slice(0, MAX_RELATED);
    const related: RelatedLocation[] = shown.map((o) => ({ path: o.path, range: o.idRange, message: `"${doc.id}" is also the id of ${o.relativePath}` }));
    const more = others.length > shown.length ? ` and ${others.length - shown.length} more` : '';
    const origin = doc.idExplicit ? '' : ' (taken from the file name)';
    return [
      {
        ruleId: 'kb/duplicate-id',
        severity: 'error',
        message: `Duplicate id "${doc.id}"${origin}: also used by ${shown.map((o) => o.relativePath).join(', ')}${more}. Ids must be unique across the KB.`,
        range: doc.idRange,
        related,
      },
    ];
  }

  private translationIssues(doc: KbDocument): Issue[] {
    const target = doc.meta.translationOf;
    // Check before touching translationOfRange: locating it is the expensive part.
    if (!target || (target !== doc.id && this.byId.has(target)) || !doc.translationOfRange) return [];
    if (target === doc.id) {
      return [{ ruleId: 'kb/invalid-translation', severity: 'warning', message: 'A document cannot be a translation of itself.', range: doc.translationOfRange }];
    }
    return [
      {
        ruleId: 'kb/invalid-translation',
        severity: 'warning',
        message: `translation_of "${target}" is not the id of any document in this KB.${didYouMeanSuffix(target, this.byId.keys())}`,
        range: doc.translationOfRange,
      },
    ];
  }

  /**
   * Documents whose cross-file issues depend on `doc`: same id, translating it,
   * and translations of missing ids (their "did you mean" may change).
   */
  private collectNeighbours(doc: KbDocument, into: Set<string>): void {
    for (const p of this.byId.get(doc.id) ?? []) into.add(p);
    for (const [target, paths] of this.byTranslationTarget) {
      if (target === doc.id || !this.byId.has(target)) for (const p of paths) into.add(p);
    }
  }

  private index(map: Map<string, Set<string>>, key: string, path: string): void {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(path);
  }

  private unindex(map: Map<string, Set<string>>, key: string, path: string): void {
    const set = map.get(key);
    set?.delete(path);
    if (set?.size === 0) map.delete(key);
  }
}

