import type { Schema } from './schema';

/** `.support-kb.yml`. Sections for later features are added with those features, not before. */
export const CONFIG_SCHEMA: Schema = {
  name: { field: { type: 'string' }, description: 'Name of the knowledge base, shown in the UI.' },
  defaultLocale: { field: { type: 'locale' }, description: 'Locale of documents that do not set one.' },
  locales: { field: { type: 'list', item: { type: 'locale' }, unique: true }, description: 'Locales the KB is written in.' },
  ignore: {
    field: { type: 'list', item: { type: 'glob' }, unique: true },
    description: 'Globs, relative to the KB root, of Markdown files that are not KB documents.',
  },
};
