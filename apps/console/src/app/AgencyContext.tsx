import { createContext, useContext } from 'react';
import type { ConsoleShellQuery } from '../graphql/generated/graphql';

export type ShellData = ConsoleShellQuery;

export const AgencyContext = createContext<ShellData | null>(null);

/** The signed-in staff member and their agency (name, time zone, neighbourhoods), loaded once by the shell. */
export function useShell(): ShellData {
  const shell = useContext(AgencyContext);
  if (!shell) throw new Error('useShell outside the console shell');
  return shell;
}

/** The agency's IANA time zone: the zone new forums default to and lists are shown in. */
export function useAgencyZone(): string {
  return useShell().agency.timeZone;
}

/** False for analysts, who see every screen read-only: offer no action they may not take. */
export function useCanWrite(): boolean {
  return useShell().me.role !== 'ANALYST';
}

/** Staff, settings, audit log and delivery health are for admins only. */
export function useIsAdmin(): boolean {
  return useShell().me.role === 'ADMIN';
}
