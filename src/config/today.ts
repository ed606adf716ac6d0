/**
 * The day the build and `npm run check` take as today, for the review warnings and the "Due for
 * review" notice. `GUIDE_TODAY` (YYYY-MM-DD) fixes it, so that tests give the same answer on any day
 * (docs/decisions/0008). Dates in content are midnight UTC; so is today.
 */
export function today(env: NodeJS.ProcessEnv = process.env): Date {
  const fixed = env.GUIDE_TODAY;
  if (fixed === undefined || fixed === '') return new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  const date = new Date(`${fixed}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed) || Number.isNaN(date.getTime())) {
    throw new Error(`GUIDE_TODAY must be a date written as YYYY-MM-DD, for example 2027-01-15, not "${fixed}".`);
  }
  return date;
}
