import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { type Session, currentSession, onSessionChange, refreshSession } from './session';

interface SessionState {
  /** False until the first renewal from the cookie has answered. */
  ready: boolean;
  session: Session | null;
  /** True once a session ended because the server stopped accepting it. */
  expired: boolean;
}

const SessionContext = createContext<SessionState>({ ready: false, session: null, expired: false });

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ ready: false, session: currentSession(), expired: false });
  useEffect(() => {
    const stop = onSessionChange((session, reason) => setState({ ready: true, session, expired: reason === 'expired' }));
    void refreshSession().then((session) => setState((s) => ({ ...s, ready: true, session: session ?? s.session })));
    return stop;
  }, []);
  return <SessionContext.Provider value={state}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  return useContext(SessionContext);
}
