/** The closed vocabularies of the KB model. */
export const CHANNELS = ['email', 'chat', 'sms', 'telegram', 'whatsapp', 'slack', 'phone'] as const;
export type Channel = (typeof CHANNELS)[number];

export const DOCUMENT_TYPES = ['faq', 'macro', 'snippet'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const KINDS = ['answer', 'acknowledgement', 'holding', 'refusal', 'incident', 'proactive', 'csat'] as const;
export type Kind = (typeof KINDS)[number];

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ID_HINT = 'use lowercase letters, digits and single hyphens (kebab-case), e.g. password-reset';
