import type { RuleSpec } from '../../rule-spec';

const rule: RuleSpec = {
  id: 'en/caps',
  kind: 'capitalization',
  severity: 'warning',
  locale: 'en',
  message: '"%s" in capitals reads as shouting. Use lower case; put what matters in its own short sentence or in bold.',
  description:
    'Principle 9 (no shouting tone): words in capitals read as shouting. Acronyms on the allow list (API, JSON, REST, HTTPS, XLSX…) and words shorter than four letters pass.',
  minLength: 4,
  allow: [
    'JSON', 'REST', 'DKIM', 'DMARC', 'CDEK', 'SPF', 'HTTP', 'HTTPS', 'HTML', 'XLSX', 'YAML', 'JPEG', 'HEIC', 'WEBP', 'CNAME', 'IMAP', 'SMTP', 'POST', 'PATCH', 'DELETE', 'UUID',
    'OAUTH', 'CSAT', 'GTIN', 'IBAN', 'SWIFT', 'VISA', 'OZON', 'QIWI', 'GDPR', 'ASAP', 'NASA', 'SAML', 'SCIM', 'CORS', 'JSONL', 'HMAC', 'SHA256',
    'API', 'SMS', 'CSV', 'XML', 'PDF', 'URL', 'FAQ', 'CRM', 'ERP', 'SKU', 'UTC', 'GMT', 'BST', 'VAT', 'INN', 'OFD', 'SBP', 'USD', 'RUB', 'EUR',
    'GBP', 'NFC', 'SDK', 'DPD', 'EMS', 'DHL', 'UPS', 'EAN', 'PCI', 'SVG', 'PNG', 'ZIP', 'OTP', 'PIN', 'SSO', 'DNS', 'SSL', 'TLS', 'CLI', 'MSK',
  ],
  examples: {
    bad: ['Your key will NEVER work without a scope.', 'IMPORTANT: update your webhook URL TODAY.'],
    good: [
      'The Skladno API is a REST API that accepts and returns JSON.',
      'Download the register as XLSX or CSV, then check HTTPS in your webhook URL.',
      'On a `429 TOO_MANY_REQUESTS`, wait and retry.',
      'Order TS-0142-M ships today.',
    ],
  },
};

export default rule;
