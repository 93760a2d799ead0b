/** The zone the person's computer is set to; reminders are planned and "today" is counted in it. */
export function currentTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const TIME = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const DAY = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });

/** "Fri, 27 Nov 2026" for a local YYYY-MM-DD day, without shifting it across zones. */
export function formatLocalDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return DAY.format(new Date(y, m - 1, d, 12));
}

export function formatTime(instant: string): string {
  return TIME.format(new Date(instant));
}

/** The value for an `<input type="datetime-local">` showing an instant in local time. */
export function toLocalInput(instant: Date): string {
  const local = new Date(instant.getTime() - instant.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** An ISO instant from a datetime-local value, or null when it is empty or not a real moment. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
