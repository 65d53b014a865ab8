import { useEffect, useState, type FC } from 'react';
import { useTranslation } from 'react-i18next';

/** The current time, moving every `everyMs`: one timer per page, not one per row. */
export const useNow = (everyMs = 5000): number => {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
};

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];

/** "3 minutes ago", in the user's language; the exact time in the tooltip. */
export const Since: FC<{ at?: string | number; now: number }> = ({ at, now }) => {
  const { i18n } = useTranslation('plugin__metallb-console-plugin');
  if (at === undefined) return <>-</>;
  const then = typeof at === 'number' ? at : Date.parse(at);
  if (Number.isNaN(then)) return <>-</>;
  const elapsed = Math.max(0, now - then);
  const [unit, ms] = UNITS.find(([, size]) => elapsed >= size) ?? UNITS[UNITS.length - 1];
  const text = new Intl.RelativeTimeFormat(i18n.language, { numeric: 'auto' }).format(
    -Math.floor(elapsed / ms),
    unit,
  );
  return (
    <time
      dateTime={new Date(then).toISOString()}
      title={new Date(then).toLocaleString(i18n.language)}
    >
      {text}
    </time>
  );
};
