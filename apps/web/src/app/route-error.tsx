import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';
import { PlainResult } from '../shared/components/plain-result.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <PlainResult
      title={`404 · ${t('common:pageNotFound')}`}
      detail={t('common:pageNotFoundHint')}
      testId="not-found"
      action={
        <Link to="/">
          <Button type="primary">{t('common:backHome')}</Button>
        </Link>
      }
    />
  );
}

/** Last resort for render errors and for route chunks that vanished after a new deployment. */
export function RouteErrorPage() {
  const error = useRouteError();
  const { t } = useTranslation();
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <PlainResult
      title={t('errors:codes.INTERNAL')}
      detail={detail}
      action={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('common:actions.refresh')}
        </Button>
      }
    />
  );
}
