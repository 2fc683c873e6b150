import { downloadWithSession } from '../../components/download';

/** The directory as CSV, with the list's filters, so the file is what the list shows. */
export function downloadDirectoryCsv(filters: Record<string, string>): Promise<string> {
  const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v)).toString();
  return downloadWithSession(`/exports/organisations.csv${query ? `?${query}` : ''}`, { fallback: 'organisations.csv' });
}
