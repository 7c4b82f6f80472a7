/** Currency words that name a country without making it a party or a subject: "US$200 million", "U.S. dollars". */
const CURRENCY_COUNTRY = /\bU\.?S\.?\s?\$|\bU\.?S\.? dollars?\b|\bUS-dollars?\b/g;

/** `text` with currency prefixes blanked out (same length, so offsets hold). */
export function withoutCurrencyNames(text: string): string {
  return text.replace(CURRENCY_COUNTRY, (m) => ' '.repeat(m.length));
}
