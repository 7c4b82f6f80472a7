/** The one test of "is this a real calendar day" shared by ingestion, the API's Date scalar and ingest input checks. */

/** "2024-06-12" → true; "2024-02-30" (rolls over to March), "2024-6-1" or "June 12" → false. */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number(m[1]) >= 1 && d.toISOString().slice(0, 10) === value;
}
