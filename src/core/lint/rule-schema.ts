import { CHANNELS, DOCUMENT_TYPES, KINDS } from '../kb/vocabulary';
import type { FieldType, Schema } from '../schema/schema';

/** Schemas of team rules in YAML, one per rule kind; built-in rules share the shape (rule-spec.ts). */
const text: FieldType = { type: 'string', nonEmpty: true };
const texts: FieldType = { type: 'list', item: text };

export const RULE_KINDS = ['existence', 'substitution', 'occurrence', 'metric', 'requires', 'capitalization'] as const;

const common: Schema = {
  id: {
    field: { type: 'string', pattern: /^kb\/[a-z0-9]+(?:-[a-z0-9]+)*$/, patternHint: 'team rule ids start with "kb/" and are kebab-case, e.g. kb/competitor-names' },
    required: true,
    description: 'Rule id.',
  },
  kind: { field: { type: 'enum', noun: 'rule kind', values: RULE_KINDS }, required: true, description: 'What the rule checks.' },
  severity: { field: { type: 'enum', noun: 'severity', values: ['error', 'warning', 'info'] }, required: true, description: 'error, warning or info.' },
  message: { field: text, required: true, description: 'What to do instead; %s is the match.' },
  description: { field: text, description: 'Why the rule exists.' },
  locale: { field: { type: 'enum', noun: 'locale', values: ['ru', 'en'] }, description: 'Paragraph language the rule checks.' },
  channels: { field: { type: 'list', item: { type: 'enum', noun: 'channel', values: CHANNELS } }, description: 'Only documents with these channels.' },
  kinds: { field: { type: 'list', item: { type: 'enum', noun: 'kind', values: KINDS } }, description: 'Only documents of these kinds.' },
  types: { field: { type: 'list', item: { type: 'enum', noun: 'type', values: DOCUMENT_TYPES } }, description: 'Only documents of these types.' },
  examples: {
    field: {
      type: 'object',
      fields: {
        bad: { field: { type: 'list', item: { type: 'any' } }, description: 'Texts the rule must flag.' },
        good: { field: { type: 'list', item: { type: 'any' } }, description: 'Texts the rule must leave alone.' },
      },
    },
    description: 'Checked when the rules load: a failing example is reported on the rule file.',
  },
};

const matchFields: Schema = {
  phrases: { field: texts, description: 'Phrases; Russian words match all their forms.' },
  patterns: { field: texts, description: 'Regular expressions (checked for catastrophic backtracking).' },
};

export const RULE_SCHEMAS: Readonly<Record<(typeof RULE_KINDS)[number], Schema>> = {
  existence: {
    ...common,
    ...matchFields,
    exceptions: { field: texts, description: 'Phrases or patterns that cancel an overlapping match.' },
    caseSensitive: { field: { type: 'scalar' }, description: 'Match case exactly.' },
  },
  substitution: {
    ...common,
    swap: { field: { type: 'map', keyPattern: /\S/, keyHint: 'a phrase', value: { type: 'any' } }, required: true, description: 'Phrase → replacement (or a list).' },
    exceptions: { field: texts, description: 'Phrases or patterns that cancel an overlapping match.' },
  },
  occurrence: {
    ...common,
    ...matchFields,
    scope: { field: { type: 'enum', noun: 'scope', values: ['sentence', 'paragraph', 'document'] }, required: true, description: 'Where to count.' },
    max: { field: { type: 'scalar' }, required: true, description: 'Most allowed.' },
  },
  metric: {
    ...common,
    metric: {
      field: { type: 'enum', noun: 'metric', values: ['sentence-words', 'paragraph-words', 'paragraph-sentences', 'readability'] },
      required: true,
      description: 'What to measure.',
    },
    max: { field: { type: 'scalar' }, description: 'Upper bound.' },
    min: { field: { type: 'scalar' }, description: 'Lower bound.' },
  },
  requires: {
    ...common,
    scope: { field: { type: 'enum', noun: 'scope', values: ['document', 'paragraph'] }, required: true, description: 'Where the requirement must be met.' },
    when: { field: { type: 'object', fields: matchFields }, description: 'Only when this matches.' },
    anyOf: {
      field: { type: 'object', fields: { ...matchFields, placeholders: { field: texts, description: 'Regexes on placeholder names.' } } },
      required: true,
      description: 'What must be present.',
    },
  },
  capitalization: {
    ...common,
    allow: { field: texts, description: 'Acronyms that may be in capitals.' },
    minLength: { field: { type: 'scalar' }, description: 'Shorter words pass.' },
  },
};
