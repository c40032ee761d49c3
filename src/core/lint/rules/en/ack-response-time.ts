import type { RuleSpec } from '../../rule-spec';
import { EN_TIME_FRAMES } from './time-frames';

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
    patterns: EN_TIME_FRAMES,
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
