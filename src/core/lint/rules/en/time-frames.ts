/**
 * Concrete time frames in English ("by 6 pm", "within 24 hours", weekdays, dates):
 * what a holding reply and an acknowledgement must promise. Shared by the
 * rules that require one, so they agree on what counts.
 */
export const EN_TIME_FRAMES: readonly string[] = [
  String.raw`(?<!\p{L})within\s+(?:(?:\d+(?:[–—-]\d+)?|an?|one|two|three|four|five|six|seven|ten|twelve|fifteen|twenty|thirty|forty-eight|twenty-four|a\s+few|a\s+couple\s+of)\s+)?(?:business\s+|working\s+)?(?:minutes?|mins?|hours?|hrs?|h|days?|weeks?)(?!\p{L})`,
  String.raw`(?<!\p{L})(?:by|before|until|till|at|from|around|after)\s+\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?|utc|gmt|cet|bst)(?![\p{L}\p{N}])`,
  String.raw`(?<![\p{L}\p{N}:])\d{1,2}:\d{2}(?!\p{N})`,
  String.raw`(?<!\p{L})(?:today|tonight|tomorrow)(?!\p{L})`,
  String.raw`(?<!\p{L})(?:by|on|until|before|this|next)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|midday|midnight|eod|(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?:day|week|business\s+day))(?!\p{L})`,
  String.raw`(?<!\p{L})(?:in|about|around|roughly|up\s+to|takes?|for)\s+(?:about\s+|around\s+)?(?:\d+(?:[–—-]\d+)?|a\s+few|a\s+couple\s+of|one|two|three|five|ten|fifteen|twenty|thirty|an?)\s+(?:business\s+|working\s+)?(?:minutes?|hours?|days?)(?!\p{L})`,
  String.raw`(?<!\p{L})(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}(?!\p{N})`,
  String.raw`(?<!\p{L})(?:the\s+)?(?:next|following)\s+business\s+day(?!\p{L})`,
  String.raw`(?<!\p{L})(?:by|on|until|before|this|next)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|midday|eod|(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?:day|week|business\s+day))(?!\p{L})`,
];
