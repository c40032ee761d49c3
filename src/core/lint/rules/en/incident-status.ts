import type { RuleSpec } from '../../rule-spec';

const rule: RuleSpec = {
  id: 'en/incident-status',
  kind: 'requires',
  severity: 'warning',
  locale: 'en',
  kinds: ['incident'],
  scope: 'document',
  message: 'The incident message does not say whether it is fixed or when it will be. Add the status: "Fixed at 14:35 UTC" or "We expect to restore payments by 15:00 UTC".',
  description:
    'Principle 13 (structure by kind): an incident message says what happened, that it is fixed or when it will be, and what we do to make it right.',
  anyOf: {
    patterns: [
      String.raw`(?<!\p{L})(?:fixed|resolved|restored|rolled\s+back|mitigated|recovered|back\s+(?:up|online|to\s+normal))(?!\p{L})`,
      String.raw`(?<!\p{L})(?:working|worked)\s+(?:again|normally|as\s+usual)(?!\p{L})`,
      String.raw`(?<!\p{L})(?:we\s+)?(?:expect|plan|aim)\s+to\s+(?:fix|restore|resolve|finish|have)(?!\p{L})`,
      String.raw`(?<!\p{L})(?:rolling\s+back|fixing|restoring)\s+(?:it|the|this)(?!\p{L})`,
    String.raw`(?<!\p{L})fix\s+(?:went|is|was|has\s+gone)\s+(?:live|out|deployed|rolling\s+out)(?!\p{L})`,
    String.raw`(?<!\p{L})fix(?:ed)?\s+by(?!\p{L})`,
    String.raw`(?<!\p{L})will\s+be\s+(?:complete|fixed|resolved|restored)\s+by(?!\p{L})`,
    String.raw`(?<!\p{L})(?:will|we['’]ll)\s+(?:fix|restore|resolve)\s+(?:it|this|the\s+[a-z]+)\s+(?:by|within|today|tomorrow)(?!\p{L})`,
    ],
    placeholders: [String.raw`(?:^|[._])(?:eta|end_time|fixed_at|resolved_at)$`],
  },
  examples: {
    bad: [
      { text: 'Since 13:10 UTC, buyers see "Payment declined" when paying with Mir cards. We are investigating.', kind: 'incident' },
      { text: 'Some shops cannot take card payments right now. We apologize.', kind: 'incident' },
    ],
    good: [
      { text: 'At 14:35 we restored the previous settings, and payments have worked normally since.', kind: 'incident' },
      { text: "We're rolling back the change and expect to restore payments by 15:00 UTC.", kind: 'incident' },
      { text: 'Skladno: the payment outage was fixed at 14:35. Details and compensation are in your email.', kind: 'incident' },
      { text: 'Some shops cannot take card payments right now.', kind: 'answer' },
      { text: 'Vitrinka: invitations to new staff members were not sent. Fix by {{ incident.eta }}.', kind: 'incident' },
      { text: 'Password reset emails did not reach Outlook addresses. The fix went live at 17:30.', kind: 'incident' },
    ],
  },
};

export default rule;
