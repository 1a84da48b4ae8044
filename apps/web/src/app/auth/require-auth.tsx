import { Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { ErrorResult } from '../components/error-result.tsx';
import { useMeQuery } from './auth-api.ts';
import { MeProvider } from './me-context.tsx';

export function RequireAuth({ children }: { children: ReactNode }) {
  const location = useLocation();
  const me = useMeQuery();
  if (me.isPending) {
    return (
      <div style={{ height: '100vh', display: 'grid', placeItems: 'center' }}>
        <Spin size="large" />
      </div>
    );
  }
  if (me.isError) return <ErrorResult error={me.error} onRetry={() => me.refetch()} />;
  if (!me.data) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <MeProvider me={me.data}>{children}</MeProvider>;
}
