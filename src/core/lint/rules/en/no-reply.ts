import type { RuleSpec } from '../../rule-spec';

const rule: RuleSpec = {
  id: 'en/no-reply',
  kind: 'existence',
  severity: 'error',
  locale: 'en',
  message: '"%s" makes the message unanswerable. Every message should accept a reply: "Questions? Just reply to this email."',
  description:
    'Principle 12 (every message can be answered): "do not reply to this email", "this mailbox is not monitored" and no-reply senders cut the customer off exactly when a question comes up.',
  patterns: [
    String.raw`(?<!\p{L})(?:please\s+)?(?:do\s+not|don['’]t)\s+reply\s+(?:to\s+(?:this|the)\s+(?:email|e-mail|message|text|sms|address|notification)|directly)(?!\p{L})`,
    String.raw`(?<!\p{L})replies\s+to\s+(?:this|the)\s+(?:email|message|address|mailbox)\s+(?:are|will)\s+not\s+(?:be\s+)?(?:read|monitored|answered|received)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:this|the)\s+(?:mailbox|inbox|email\s+address|address)\s+is\s+(?:not\s+|un)monitored(?!\p{L})`,
    String.raw`(?<!\p{L})(?:unmonitored|unattended)\s+(?:mailbox|inbox|address)(?!\p{L})`,
    String.raw`(?<![\p{L}\p{N}.])no[-_]?reply@`,
  ],
  examples: {
    bad: [
      'This is an automated message. Please do not reply to this email.',
      'This mailbox is not monitored.',
      'Replies to this address will not be read.',
    ],
    good: [
      "If your question isn't solved, reply to this email: the request will reopen.",
      'To add details, reply to this text.',
      'Set your sender address, for example `noreply@yourshop.com`, in Storefront → Emails.',
      "Don't reply to buyers from your personal email: use the chat in the order.",
    ],
  },
};

export default rule;
