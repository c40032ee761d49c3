import type { RuleSpec } from '../../rule-spec';

const rule: RuleSpec = {
  id: 'en/passive-voice',
  kind: 'existence',
  severity: 'info',
  locale: 'en',
  message: '"%s" hides who acted. Name the actor: "we decided", "we made a mistake", "I\'ve passed your request to our engineers".',
  description:
    'Principle 6 (clear beats clever) and principle 2 (admitting a mistake plainly is good): "it has been decided", "mistakes were made", "your request has been escalated" hide who did what. A hint (info).',
  patterns: [
    String.raw`(?<!\p{L})it\s+(?:has\s+been|had\s+been|was|is)\s+(?:decided|determined|deemed|concluded|agreed)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:mistakes|errors)\s+(?:were|have\s+been)\s+made(?!\p{L})`,
    String.raw`(?<!\p{L})(?:a\s+)?decision\s+(?:has\s+been|was|had\s+been)\s+(?:made|taken)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:your|the)\s+(?:request|ticket|case|issue|complaint|query|enquiry|inquiry)\s+(?:has\s+been|was|will\s+be|is\s+being)\s+(?:escalated|forwarded|passed\s+on|logged|noted|actioned|rejected|declined|denied)(?!\p{L})`,
  ],
  examples: {
    bad: ['It has been decided to discontinue this feature.', 'Mistakes were made during the update.', 'Your request has been escalated.'],
    good: [
      "I've passed it to our engineering team with your file attached.",
      'This was our mistake: we updated our payment gateway settings.',
      'Once an invoice has been issued, we issue a credit note instead of editing it.',
      'Your request number is #48213.',
    ],
  },
};

export default rule;
