import { AwsError } from '../../core/aws-error';

const ISO_DURATION =
  /^(-?)P(?=\d|T\d)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)([DW]))?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

const MIN_SECONDS = 3600;
const MAX_SECONDS = 12 * 3600;

/** Seconds in an ISO-8601 duration such as PT8H or PT90M; null when it is not one. */
export function durationSeconds(duration: string): number | null {
  const match = ISO_DURATION.exec(duration);
  if (!match) return null;
  const [, sign, years, months, dayCount, dayUnit, hours, minutes, seconds] = match;
  const days = Number(dayCount ?? 0) * (dayUnit === 'W' ? 7 : 1);
  const total =
    Number(years ?? 0) * 365 * 86400 +
    Number(months ?? 0) * 30 * 86400 +
    days * 86400 +
    Number(hours ?? 0) * 3600 +
    Number(minutes ?? 0) * 60 +
    Number(seconds ?? 0);
  return sign === '-' ? -total : total;
}

/** Identity Center accepts session durations from 1 to 12 hours. */
export function assertSessionDuration(duration: string): void {
  const seconds = durationSeconds(duration);
  if (seconds === null) {
    throw new AwsError('ValidationException', `SessionDuration ${duration} is not a valid ISO-8601 duration.`);
  }
  if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
    throw new AwsError(
      'ValidationException',
      `SessionDuration ${duration} is out of range. The session duration must be between 1 hour (PT1H) and 12 hours (PT12H).`,
    );
  }
}
