import type { RuleSpec } from '../../rule-spec';

const rule: RuleSpec = {
  id: 'en/incident-remedy',
  kind: 'requires',
  severity: 'warning',
  locale: 'en',
  kinds: ['incident'],
  channels: ['email', 'chat', 'telegram', 'whatsapp', 'slack', 'phone'],
  scope: 'document',
  message: 'The incident message does not say how we make it right. Add compensation, a refund, a case review or what we change so it does not happen again.',
  description:
    'Principle 13 (structure by kind): an incident message says what we do to make it right for the customer — compensation, credit, refund, a review of their case, or what changes to prevent a repeat. SMS-only messages are skipped: they point to the full email.',
  anyOf: {
    patterns: [
      String.raw`(?<!\p{L})(?:compensat[a-z]*|credit(?:s|ed)?|refund[a-z]*|reimburs[a-z]*)(?!\p{L})`,
      String.raw`(?<!\p{L})added\s(?:[^.!?\n]{0,30}?\s)?(?:days?|months?|weeks?)(?!\p{L})`,
      String.raw`(?<!\p{L})(?:what\s+we['’]ve\s+done|what\s+we\s+have\s+done|what\s+we['’]re\s+changing|what\s+we\s+are\s+changing)(?!\p{L})`,
      String.raw`(?<!\p{L})to\s+(?:stop|prevent)\s+(?:this|it|that)\s+(?:from\s+)?happening(?:\s+again)?(?!\p{L})`,
      String.raw`(?<!\p{L})(?:make\s+(?:it|this|things)\s+right|look\s+at\s+your\s+case|review\s+your\s+case)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:retry|reprocess|resend|re-send|rerun|re-run|recheck|check)\s+(?:every|each|all)(?:\s+(?:affected|failed|one))?(?!\p{L})`,
    String.raw`(?<!\p{L})you\s+(?:do\s+not|don['’]t)\s+need\s+to\s+do\s+anything(?!\p{L})`,
    ],
  },
  examples: {
    bad: [
      { text: 'From 13:10 to 14:35 UTC, buyers could not pay with Mir cards. The outage is fixed.', kind: 'incident' },
      { text: 'Payments are working again. We apologize for the disruption.', kind: 'incident' },
    ],
    good: [
      { text: 'The outage is fixed. We added 3 days to your subscription — the new renewal date is in Settings → Billing & plan.', kind: 'incident' },
      { text: 'Payments work again. Details and compensation are in your email.', kind: 'incident' },
      { text: 'To stop this happening again, we now test cards from every payment system before each change.', kind: 'incident' },
      { text: 'Payments are working again.', kind: 'proactive' },
      { text: 'Skladno: the payment outage was fixed at 14:35.', kind: 'incident', channels: ['sms'] },
      { text: 'The fix went live at 17:30. We will retry every affected operation ourselves today by 20:00 UTC.', kind: 'incident' },
    ],
  },
};

export default rule;
