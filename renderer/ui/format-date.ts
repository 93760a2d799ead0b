const DATE_FORMAT = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** Formats a YYYY-MM-DD day for people, in their locale, without shifting it across time zones. */
export function formatDay(isoDay: string): string {
  const date = new Date(`${isoDay.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDay : DATE_FORMAT.format(date);
}

export function todayIsoDay(now: Date = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

const TIME_FORMAT = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const LOCAL_DATE_FORMAT = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** "today, 14:32", "yesterday, 09:10" or "3 Mar 2026, 14:32", in the person's time zone. */
export function formatMoment(isoTimestamp: string, now: Date = new Date()): string {
  const date = new Date(isoTimestamp);
  if (Number.isNaN(date.getTime())) return isoTimestamp;
  const day = todayIsoDay(date);
  const time = TIME_FORMAT.format(date);
  if (day === todayIsoDay(now)) return `today, ${time}`;
  const yesterday = new Date(now.getTime() - 86_400_000);
  if (day === todayIsoDay(yesterday)) return `yesterday, ${time}`;
  return `${LOCAL_DATE_FORMAT.format(date)}, ${time}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
