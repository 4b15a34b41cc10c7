import type { Permission, SessionInfo } from '@shuangkong/contracts';
import { createContext, useContext } from 'react';

export type { Permission, Role, SessionInfo } from '@shuangkong/contracts';
export type Workspace = SessionInfo['workspace'];

/** Filled by the session guard; every page below it can rely on a logged-in user. */
export const SessionContext = createContext<SessionInfo | null>(null);

export function useSession(): SessionInfo {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() used outside the session guard');
  return session;
}

export function hasPermission(session: Pick<SessionInfo, 'permissions'>, permission: Permission): boolean {
  return session.permissions.includes(permission);
}
