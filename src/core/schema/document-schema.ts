import { PLACEHOLDER_NAME } from '../parse/placeholders';
import { CHANNELS, DOCUMENT_TYPES, ID_HINT, ID_PATTERN, KINDS } from '../kb/vocabulary';
import type { Schema } from './schema';

const id = { type: 'string', pattern: ID_PATTERN, patternHint: ID_HINT } as const;
const text = { type: 'string' } as const;
// Tags and aliases may be bare numbers in YAML (`tags: [2026, billing]`, `aliases: [4.2]`); they are read as text.
const textList = { type: 'list', item: { type: 'scalar' }, unique: true } as const;

/** Front matter of a KB document. */
export const DOCUMENT_SCHEMA: Schema = {
  id: { field: id, description: 'Unique id across the KB; defaults to the file name.' },
  title: { field: { type: 'string', nonEmpty: true }, required: true, description: 'Title shown in search and lists.' },
  type: { field: { type: 'enum', noun: 'type', values: DOCUMENT_TYPES }, description: 'faq, macro or snippet.' },
  locale: { field: { type: 'locale' }, description: 'BCP 47 language tag, e.g. ru or en-GB.' },
  channels: {
    field: { type: 'list', item: { type: 'enum', noun: 'channel', values: CHANNELS }, unique: true },
    description: 'Channels the text is written for.',
  },
  tags: { field: textList, description: 'Free-form tags for search and filters.' },
  kind: { field: { type: 'enum', noun: 'kind', values: KINDS }, description: 'What the reply does; decides the structure rules.' },
  subject: { field: text, description: 'Email subject line.' },
  owner: { field: text, description: 'Who keeps the document up to date.' },
  reviewed: { field: { type: 'date' }, description: 'Date of the last review, YYYY-MM-DD.' },
  applies_to: { field: { type: 'semver-range' }, description: 'Product versions the text is true for.' },
  translation_of: { field: id, description: 'Id of the document this one translates.' },
  aliases: { field: textList, description: 'Other phrases agents search it by.' },
  summary: { field: text, description: 'One-line summary.' },
  variables: {
    field: {
      type: 'map',
      keyPattern: PLACEHOLDER_NAME,
      keyHint: 'letters, digits and underscores, dot-separated, e.g. customer.first_name',
      value: {
        type: 'object',
        fields: {
          description: { field: text, description: 'What the variable holds.' },
          default: { field: { type: 'scalar' }, description: 'Value used when the desk has none.' },
          sample: { field: { type: 'scalar' }, description: 'Example value for previews.' },
        },
      },
    },
    description: 'Placeholders the body uses: name → description, default, sample.',
  },
};
