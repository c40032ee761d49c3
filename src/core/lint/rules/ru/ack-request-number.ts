import type { RuleSpec } from '../../rule-spec';

const rule: RuleSpec = {
  id: 'ru/ack-request-number',
  kind: 'requires',
  severity: 'error',
  locale: 'ru',
  kinds: ['acknowledgement'],
  scope: 'document',
  message: 'В подтверждении нет номера запроса в тексте. Добавьте его: «Номер запроса — {{ ticket.id }}» (тема письма теряется при пересылке).',
  description:
    'Принцип 13 (структура по виду ответа): письмо-подтверждение несёт номер запроса в тексте, а не только в теме — по нему клиент дополняет запрос и находит его в переписке. Нужен плейсхолдер вроде {{ ticket.id }} или {{ request.number }}.',
  anyOf: { placeholders: [String.raw`^(?:ticket|request|case)\.(?:id|number)$`] },
  examples: {
    bad: [
      { text: 'Мы получили ваше письмо и ответим в течение 4 рабочих часов.', kind: 'acknowledgement' },
      { text: 'Спасибо! Запрос зарегистрирован, специалист ответит сегодня до 18:00.', kind: 'acknowledgement' },
    ],
    good: [
      { text: 'Мы получили ваше письмо. Номер запроса — **{{ ticket.id }}**. Ответим в течение 4 рабочих часов.', kind: 'acknowledgement' },
      { text: 'Передали ваш вопрос специалисту. Номер запроса — {{ request.number }}.', kind: 'acknowledgement' },
      { text: 'Мы получили ваше письмо и ответим в течение 4 рабочих часов.', kind: 'answer' },
    ],
  },
};

export default rule;
