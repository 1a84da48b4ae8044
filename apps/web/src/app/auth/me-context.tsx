import type { Me } from '@shegong/contracts';
import type { Permission } from '@shegong/core';
import { createContext, type ReactNode, useContext } from 'react';

const MeContext = createContext<Me | null>(null);

export function MeProvider({ me, children }: { me: Me; children: ReactNode }) {
  return <MeContext.Provider value={me}>{children}</MeContext.Provider>;
}

/** The signed-in user; only valid inside the authenticated part of the app. */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe outside an authenticated route');
  return me;
}

/** Menus and page-level buttons follow the server's permission list, never a role check. */
export function useCan(): (permission: Permission) => boolean {
  const me = useMe();
  return (permission) => me.permissions.includes(permission);
}
