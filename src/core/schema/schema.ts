import type { Severity } from '../types';
import type { YamlPath, YamlPart } from '../parse/yaml';

/**
 * A small declarative schema for YAML mappings (document front matter and
 * `.support-kb.yml`). Declarative so that both are checked by one validator and
 * the rules reference can later be generated from the same definitions.
 */
export type FieldType =
  | { readonly type: 'string'; readonly pattern?: RegExp; readonly patternHint?: string; readonly nonEmpty?: boolean }
  | { readonly type: 'enum'; readonly noun: string; readonly values: readonly string[] }
  | { readonly type: 'date' }
  | { readonly type: 'locale' }
  | { readonly type: 'semver-range' }
  | { readonly type: 'glob' }
  | { readonly type: 'scalar' }
  /** Anything; the caller checks it (rule examples may be text or a mapping). */
  | { readonly type: 'any' }
  | { readonly type: 'list'; readonly item: FieldType; readonly unique?: boolean }
  | { readonly type: 'map'; readonly keyPattern: RegExp; readonly keyHint: string; readonly value: FieldType }
  | { readonly type: 'object'; readonly fields: Schema };

export interface FieldSpec {
  readonly field: FieldType;
  readonly required?: boolean;
  readonly description: string;
}

export type Schema = Readonly<Record<string, FieldSpec>>;

/** A problem found in a YAML value, located by its path; positions are resolved later, lazily. */
export interface SchemaProblem {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly path: YamlPath;
  readonly part: YamlPart;
}

export const RULE_UNKNOWN_KEY = 'kb/unknown-key';
export const RULE_WRONG_TYPE = 'kb/wrong-type';
export const RULE_INVALID_VALUE = 'kb/invalid-value';
export const RULE_MISSING_FIELD = 'kb/missing-field';
