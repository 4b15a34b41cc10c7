import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useSessionQuery } from '../features/identity/index.ts';
import { errorMessage } from '../shared/api/error-message.ts';
import { PlainResult } from '../shared/components/plain-result.tsx';
import { FullPageSpin } from '../shared/components/full-page-spin.tsx';
import { SessionContext } from '../shared/session/session.ts';

export const CHANGE_PASSWORD_PATH = '/change-password';

/** Lets a logged-in user through; sends everyone else to the login page and back afterwards. */
export function RequireSession({ loginPath }: { loginPath: string }) {
  const { data: session, isPending, error, refetch } = useSessionQuery();
  const location = useLocation();
  const { t } = useTranslation();
  if (isPending) return <FullPageSpin />;
  if (error) {
    return (
      <PlainResult
        title={t('common:loadFailed')}
        detail={errorMessage(t, error)}
        action={<Button onClick={() => void refetch()}>{t('common:actions.retry')}</Button>}
      />
    );
  }
  if (!session) {
    const back = `${location.pathname}${location.search}`;
    return <Navigate to={`${loginPath}?redirect=${encodeURIComponent(back)}`} replace />;
  }
  if (session.user.mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH) {
    return <Navigate to={CHANGE_PASSWORD_PATH} replace state={{ forced: true }} />;
  }
  return (
    <SessionContext.Provider value={session}>
      <Outlet />
    </SessionContext.Provider>
  );
}
