import type { RuleSpec } from '../../rule-spec';
import { EN_TIME_FRAMES } from './time-frames';

const rule: RuleSpec = {
  id: 'en/holding-time-frame',
  kind: 'requires',
  severity: 'warning',
  locale: 'en',
  kinds: ['holding'],
  scope: 'document',
  message: 'A holding reply without a time frame: say when you will be back — "by 15:00 UTC", "within 2 business days", "tomorrow".',
  description:
    'Principles 4 and 13 (a time frame for every hold; structure by kind): a holding reply names when the next update comes, in words or with a placeholder such as {{ eta }}.',
  anyOf: {
    patterns: EN_TIME_FRAMES,
    placeholders: [String.raw`^(?:eta|deadline|due|next_update|.*[._](?:eta|time|date|deadline|due|window))$`],
  },
  examples: {
    bad: [
      { text: "Thank you for your patience. We're looking into your payout and will get back to you shortly.", kind: 'holding' },
      { text: "I've passed this to our engineers. We'll update you as soon as we hear back.", kind: 'holding' },
    ],
    good: [
      { text: "I'll post an update in this thread by {{ eta }}, whether or not we've found the cause.", kind: 'holding' },
      { text: 'That takes about fifteen minutes. Can I call you back on this number?', kind: 'holding' },
      { text: "We're checking the payout with our bank and will write by 15:00 UTC tomorrow.", kind: 'holding' },
      { text: 'We will reply within 2 business days.', kind: 'holding' },
      { text: "We'll get back to you shortly.", kind: 'answer' },
    ],
  },
};

export default rule;
