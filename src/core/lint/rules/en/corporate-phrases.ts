import type { RuleSpec } from '../../rule-spec';

const rule: RuleSpec = {
  id: 'en/corporate-phrases',
  kind: 'existence',
  severity: 'warning',
  locale: 'en',
  message: '"%s" is corporate stock phrasing. Say it the way you would to a person: "Sorry, we can\'t…", "please", "if you have questions, reply to this email".',
  description:
    'Principle 6 (no corporate English): "we regret to inform you", "please be advised", "kindly", "should you have any further questions" distance the reader. Peers: proselint corporate_speak, the Microsoft and Google style guides.',
  phrases: ['kindly', 'pursuant to', 'hereby', 'herewith', 'aforementioned', 'rest assured'],
  patterns: [
    String.raw`(?<!\p{L})we\s+regret\s+to\s+inform\s+you(?!\p{L})`,
    String.raw`(?<!\p{L})please\s+be\s+advised(?!\p{L})`,
    String.raw`(?<!\p{L})(?:we\s+are|we['’]re)\s+(?:pleased|delighted|writing)\s+to\s+inform\s+you(?!\p{L})`,
    String.raw`(?<!\p{L})it\s+has\s+come\s+to\s+our\s+attention(?!\p{L})`,
    String.raw`(?<!\p{L})further\s+to\s+(?:your|our)\s+(?:email|request|message|call|conversation)(?!\p{L})`,
    String.raw`(?<!\p{L})in\s+accordance\s+with(?!\p{L})`,
    String.raw`(?<!\p{L})as\s+per(?!\s+your\s+request)(?!\p{L})`,
    String.raw`(?<!\p{L})should\s+you\s+(?:have|require|need|wish)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:don['’]t\s+hesitate\s+to|do\s+not\s+hesitate\s+to(?!\s+contact\s+us(?!\p{L})))(?!\p{L})`,
  ],
  exceptions: ['thank you kindly'],
  examples: {
    bad: [
      'Unfortunately, we regret to inform you that your request cannot be processed.',
      'Please be advised that all refund requests are handled in accordance with our Terms of Service.',
      'Should you have any further questions, kindly reply to this email.',
    ],
    good: [
      'Sorry — a full refund is no longer available. Here is what we can do instead.',
      'If you have questions, reply to this email.',
      'Kind regards, Skladno Support',
      'Thank you kindly for the screenshots.',
    ],
  },
};

export default rule;
