import { formatReadableTime, formatShortDate, toIsoWithOffset } from '../lib/dateTime';

interface TimeStampProps {
  date: Date;
  /** Words before the time, e.g. "Updated". */
  label?: string;
  format?: 'full' | 'date';
}

export function TimeStamp({ date, label, format = 'full' }: TimeStampProps) {
  const text = format === 'full' ? formatReadableTime(date) : formatShortDate(date);
  return (
    <time dateTime={toIsoWithOffset(date)}>
      {label ? `${label} ${text}` : text}
    </time>
  );
}
