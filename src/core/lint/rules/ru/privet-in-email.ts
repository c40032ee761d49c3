import type { RuleSpec } from '../../rule-spec';

const rule: RuleSpec = {
  id: 'ru/privet-in-email',
  kind: 'existence',
  severity: 'warning',
  locale: 'ru',
  channels: ['email'],
  message: '«%s» в письме звучит фамильярно. Начните с «Здравствуйте» или «Здравствуйте, {{ customer.first_name }}!».',
  description:
    'Принцип 7 (просто, но без панибратства): в чате «привет» бывает уместен, а в письме от поддержки — нет. Правило проверяет только документы с каналом email.',
  patterns: [String.raw`(?<!\p{L})(?:привет|приветик|хай|салют)(?!\p{L})`],
  examples: {
    bad: [
      { text: 'Привет! Мы получили ваше письмо.', channels: ['email'] },
      { text: 'Приветик, Анна! Счёт уже в «Документах».', channels: ['email'] },
    ],
    good: [
      { text: 'Здравствуйте! Мы получили ваше письмо.', channels: ['email'] },
      { text: 'Привет! Проверю заказ и вернусь через 5 минут.', channels: ['chat'] },
      { text: 'Приветственное письмо покупателю настраивается в «Витрина → Письма».', channels: ['email'] },
    ],
  },
};

export default rule;
