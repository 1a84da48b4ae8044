import type { Permission } from '@shegong/core';
import type { ReactNode } from 'react';
import { ForbiddenPage } from '../components/status-pages.tsx';
import { useCan } from './me-context.tsx';

export function RequirePermission({ permission, children }: { permission?: Permission; children: ReactNode }) {
  const can = useCan();
  if (permission && !can(permission)) return <ForbiddenPage />;
  return <>{children}</>;
}
