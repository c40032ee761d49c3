import { CHANNELS, DOCUMENT_TYPES, KINDS } from '../kb/vocabulary';
import type { FieldType, Schema } from './schema';

export const RULE_SETTINGS = ['off', 'error', 'warning', 'info'] as const;
export type RuleSetting = (typeof RULE_SETTINGS)[number];

const ruleSettings: FieldType = {
  type: 'map',
  keyPattern: /^[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/,
  keyHint: 'a rule id such as ru/kantselyarit or kb/competitor-names',
  value: { type: 'enum', noun: 'rule setting', values: RULE_SETTINGS },
};

/** `.support-kb.yml`. Sections for later features are added with those features, not before. */
export const CONFIG_SCHEMA: Schema = {
  name: { field: { type: 'string' }, description: 'Name of the knowledge base, shown in the UI.' },
  defaultLocale: { field: { type: 'locale' }, description: 'Locale of documents that do not set one.' },
  locales: { field: { type: 'list', item: { type: 'locale' }, unique: true }, description: 'Locales the KB is written in.' },
  ignore: {
    field: { type: 'list', item: { type: 'glob' }, unique: true },
    description: 'Globs, relative to the KB root, of Markdown files that are not KB documents.',
  },
  rules: { field: ruleSettings, description: 'Rule id → off, error, warning or info.' },
  overrides: {
    field: {
      type: 'list',
      item: {
        type: 'object',
        fields: {
          files: { field: { type: 'list', item: { type: 'glob' } }, description: 'Globs relative to the KB root.' },
          channels: { field: { type: 'list', item: { type: 'enum', noun: 'channel', values: CHANNELS } }, description: 'Documents with one of these channels.' },
          kinds: { field: { type: 'list', item: { type: 'enum', noun: 'kind', values: KINDS } }, description: 'Documents of one of these kinds.' },
          types: { field: { type: 'list', item: { type: 'enum', noun: 'type', values: DOCUMENT_TYPES } }, description: 'Documents of one of these types.' },
          locales: { field: { type: 'list', item: { type: 'locale' } }, description: 'Documents in one of these locales.' },
          rules: { field: ruleSettings, required: true, description: 'Settings that apply to the matching documents.' },
        },
      },
    },
    description: 'Rule settings for some documents: by glob, channel, kind, type or locale. Later entries win.',
  },
  customRules: {
    field: { type: 'list', item: { type: 'string' }, unique: true },
    description: 'YAML files (relative to the KB root) with the team\'s own rules.',
  },
};
