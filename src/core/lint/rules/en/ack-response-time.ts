import type { RuleSpec } from '../../rule-spec';

const rule: RuleSpec = {
  id: 'en/ack-response-time',
  kind: 'requires',
  severity: 'warning',
  locale: 'en',
  kinds: ['acknowledgement'],
  scope: 'document',
  message: 'The acknowledgement does not say when a reply will come. Add it: "We\'ll reply within 4 business hours."',
  description:
    'Principles 4 and 13 (time frames; structure by kind): an acknowledgement sets the response-time expectation, otherwise customers write again. A time frame in words or a placeholder such as {{ sla }} counts.',
  anyOf: {
    patterns: [
      String.raw`(?<!\p{L})within\s+(?:(?:\d+(?:[–—-]\d+)?|an?|one|two|three|four|five|six|seven|ten|twelve|fifteen|twenty|thirty|forty-eight|twenty-four|a\s+few|a\s+couple\s+of)\s+)?(?:business\s+|working\s+)?(?:minutes?|mins?|hours?|hrs?|h|days?|weeks?)(?!\p{L})`,
      String.raw`(?<!\p{L})(?:by|before|until|till|at|from|around|after)\s+\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?|utc|gmt|cet|bst)(?![\p{L}\p{N}])`,
      String.raw`(?<![\p{L}\p{N}:])\d{1,2}:\d{2}(?!\p{N})`,
      String.raw`(?<!\p{L})(?:today|tonight|tomorrow)(?!\p{L})`,
      String.raw`(?<!\p{L})(?:by|on|until|before|this|next)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|midday|eod|(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?:day|week|business\s+day))(?!\p{L})`,
      String.raw`(?<!\p{L})(?:the\s+)?(?:next|following)\s+business\s+day(?!\p{L})`,
    ],
    placeholders: [String.raw`^(?:eta|sla|response_time|.*[._](?:eta|sla|response_time))$`],
  },
  examples: {
    bad: [
      { text: "Your request number is #{{ ticket.id }}. We'll get back to you shortly.", kind: 'acknowledgement' },
      { text: 'Thanks for writing in. Your request number is #{{ ticket.id }}.', kind: 'acknowledgement' },
    ],
    good: [
      { text: "Your request number is #{{ ticket.id }}. We'll reply within 4 business hours.", kind: 'acknowledgement' },
      { text: "Request #{{ ticket.id }}: you'll hear from us by 10:00 UTC on the next business day.", kind: 'acknowledgement' },
      { text: 'Request #{{ ticket.id }}. We reply {{ sla }}.', kind: 'acknowledgement' },
      { text: 'Thanks for writing in. Your request number is #{{ ticket.id }}.', kind: 'answer' },
    ],
  },
};

export default rule;
