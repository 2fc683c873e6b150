import { useMemo } from 'react';
import { type IntlShape, useIntl } from 'react-intl';
import { useShell } from '../../app/AgencyContext';
import { sv } from './surveys.messages';

/** A survey's text in the console's language, else the other one, else "Untitled". */
export function pick(intl: IntlShape, t: { en?: string | null; es?: string | null } | null | undefined): string {
  const first = intl.locale.startsWith('es') ? t?.es : t?.en;
  return first || t?.en || t?.es || intl.formatMessage(sv.untitled);
}

/** An instant in the agency's zone, the zone named. */
export function when(intl: IntlShape, at: string, timeZone: string): string {
  return intl.formatDate(new Date(at), { day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short', timeZone });
}

export function rate(intl: IntlShape, value: number | null | undefined, sent: number): string {
  if (value == null || sent === 0) return intl.formatMessage(sv.noRate);
  return intl.formatMessage(sv.rateOf, { percent: intl.formatNumber(value, { style: 'percent', maximumFractionDigits: 0 }), sent });
}

/** Analysts read; officers and administrators act. Actions they may not take are not offered at all. */
export function useCanWrite(): boolean {
  return useShell().me.role !== 'ANALYST';
}

/** A language's name in the console's language ("Vietnamese" for `vi`), from the browser. */
export function useLanguageName(): (code: string) => string {
  const intl = useIntl();
  return useMemo(() => {
    const names = new Intl.DisplayNames([intl.locale], { type: 'language' });
    return (code: string) => names.of(code) ?? code;
  }, [intl.locale]);
}
