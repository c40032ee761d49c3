import type { RuleSpec } from '../../rule-spec';

const rule: RuleSpec = {
  id: 'en/impersonal-greeting',
  kind: 'existence',
  severity: 'info',
  locale: 'en',
  message: '"%s" reads like a mass mailing. Use the name: "Hi {{ customer.first_name | default: "there" }},".',
  description:
    'Principles 6 and 7 (a human tone): "Dear Customer" and "Dear Valued Customer" sound like a form letter and put distance between you and the reader. A hint (info).',
  patterns: [
    String.raw`(?<!\p{L})dear\s+(?:valued\s+)?(?:customer|user|client|member|account\s+holder|shop\s+owner|merchant)s?(?!\p{L})`,
    String.raw`(?<!\p{L})dear\s+sir(?:\s+or\s+madam)?(?!\p{L})`,
    String.raw`(?<!\p{L})to\s+whom\s+it\s+may\s+concern(?!\p{L})`,
  ],
  examples: {
    bad: ['Dear Customer,', 'Dear Valued Customer, your plan has been renewed.', 'Dear Sir or Madam,'],
    good: ['Hi Daniel,', 'Hello,', 'Our customers see the delivery price at checkout.'],
  },
};

export default rule;
