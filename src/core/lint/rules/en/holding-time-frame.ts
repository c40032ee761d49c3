import type { RuleSpec } from '../../rule-spec';

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
    patterns: [
      String.raw`(?<!\p{L})within\s+(?:(?:\d+(?:[–—-]\d+)?|an?|one|two|three|four|five|six|seven|ten|twelve|fifteen|twenty|thirty|forty-eight|twenty-four|a\s+few|a\s+couple\s+of)\s+)?(?:business\s+|working\s+)?(?:minutes?|mins?|hours?|hrs?|h|days?|weeks?)(?!\p{L})`,
      String.raw`(?<!\p{L})(?:by|before|until|till|at|from|around|after)\s+\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?|utc|gmt|cet|bst)(?![\p{L}\p{N}])`,
      String.raw`(?<![\p{L}\p{N}:])\d{1,2}:\d{2}(?!\p{N})`,
      String.raw`(?<!\p{L})(?:today|tonight|tomorrow)(?!\p{L})`,
      String.raw`(?<!\p{L})(?:by|on|until|before|this|next)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|midday|midnight|eod|(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?:day|week|business\s+day))(?!\p{L})`,
      String.raw`(?<!\p{L})(?:in|about|around|roughly|up\s+to|takes?|for)\s+(?:about\s+|around\s+)?(?:\d+(?:[–—-]\d+)?|a\s+few|a\s+couple\s+of|one|two|three|five|ten|fifteen|twenty|thirty|an?)\s+(?:business\s+|working\s+)?(?:minutes?|hours?|days?)(?!\p{L})`,
      String.raw`(?<!\p{L})(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}(?!\p{N})`,
      String.raw`(?<!\p{L})(?:the\s+)?(?:next|following)\s+business\s+day(?!\p{L})`,
    ],
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
