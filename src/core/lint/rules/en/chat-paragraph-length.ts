import type { RuleSpec } from '../../rule-spec';

const rule: RuleSpec = {
  id: 'en/chat-paragraph-length',
  kind: 'metric',
  severity: 'warning',
  locale: 'en',
  channels: ['chat', 'sms', 'telegram', 'whatsapp'],
  types: ['macro', 'snippet'],
  metric: 'paragraph-words',
  max: 60,
  message: 'This paragraph has %s words — a wall of text in a chat or messenger. Split it into short messages of one to three sentences.',
  description:
    'Principle 6 (clarity) for chat, SMS, Telegram and WhatsApp: a message over 60 words fills a phone screen. Words per paragraph is the robust signal in messaging. Checks macros and snippets (help-centre articles live on the web).',
  examples: {
    bad: [
      {
        text: 'To connect delivery, go to Settings and open the delivery section, then Skladno Delivery. Select Connect and enter the address the courier collects orders from. Choose a pickup window that suits you. Then top up your delivery balance with at least 1,000 roubles and choose what buyers see: courier delivery, pickup points or both. The delivery options appear in your storefront cart within ten minutes.',
        channels: ['chat'],
        type: 'macro',
      },
      {
        text: 'Order SK-104582 is with the courier and on schedule for delivery today between 16:00 and 18:00. You can forward the tracking link to your buyer, and the courier will call them 30 minutes before arriving. If the buyer will not be at home, they can pick a new time at the same link until 12:00 on the delivery day, and the price stays the same.',
        channels: ['whatsapp'],
        type: 'macro',
      },
    ],
    good: [
      { text: 'Order SK-104582 is with the courier: delivery today between 16:00 and 18:00.\n\nYou can forward this tracking link to your buyer.', channels: ['whatsapp'], type: 'macro' },
      { text: 'Thanks, Daniel. I can see the failed webhook deliveries on our side too.', channels: ['chat'], type: 'macro' },
      {
        text: 'To connect delivery, go to Settings and open the delivery section, then Skladno Delivery. Select Connect and enter the address the courier collects orders from. Choose a pickup window that suits you. Then top up your delivery balance with at least 1,000 roubles and choose what buyers see: courier delivery, pickup points or both. The delivery options appear in your storefront cart within ten minutes.',
        channels: ['email'],
        type: 'macro',
      },
    ],
  },
};

export default rule;
