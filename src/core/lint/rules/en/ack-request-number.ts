import type { RuleSpec } from '../../rule-spec';

const rule: RuleSpec = {
  id: 'en/ack-request-number',
  kind: 'requires',
  severity: 'error',
  locale: 'en',
  kinds: ['acknowledgement'],
  scope: 'document',
  message: 'The acknowledgement has no request number in the body. Add it: "Your request number is #{{ ticket.id }}" (subjects get lost when forwarded).',
  description:
    'Principle 13 (structure by kind): an acknowledgement carries the request number in the body, not only in the subject, so the customer can add details and find the thread. Use a placeholder such as {{ ticket.id }} or {{ case.number }}.',
  anyOf: { placeholders: [String.raw`^(?:ticket|request|case)\.(?:id|number)$`] },
  examples: {
    bad: [
      { text: "Thanks for writing to Skladno Support. We'll reply within 4 business hours.", kind: 'acknowledgement' },
      { text: 'We got your request and will reply by 10:00 UTC tomorrow.', kind: 'acknowledgement' },
    ],
    good: [
      { text: "Your request number is **#{{ ticket.id }}**. We'll reply within 4 business hours.", kind: 'acknowledgement' },
      { text: 'Skladno: we got your request #{{ case.number }} and will reply within 4 business hours.', kind: 'acknowledgement' },
      { text: "Thanks for writing to Skladno Support. We'll reply within 4 business hours.", kind: 'answer' },
    ],
  },
};

export default rule;
