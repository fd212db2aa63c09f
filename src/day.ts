/** The UTC midnight of a `YYYY-MM-DD` day; undefined when the text is not a real day in that form. */
export function parseDay(text: string): Date | undefined {
  const date = new Date(`${text}T00:00:00Z`);
  const real = /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
  return real ? date : undefined;
}
