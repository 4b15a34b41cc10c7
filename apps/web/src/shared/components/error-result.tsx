import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error.ts';
import { errorMessage } from '../api/error-message.ts';

type Props = { error: unknown; onRetry?: () => void };

/** A failed page load: 403/404 as such, anything else with a retry. */
export function ErrorResult({ error, onRetry }: Props) {
  const { t } = useTranslation();
  const status = isApiError(error) ? error.status : 500;
  const resultStatus = status === 403 ? '403' : status === 404 ? '404' : 'error';
  const testId = status === 403 ? 'forbidden' : status === 404 ? 'not-found' : 'load-error';
  return (
    <Result
      status={resultStatus}
      data-testid={testId}
      title={t('common:loadFailed')}
      subTitle={
        <>
          {errorMessage(t, error)}
          {isApiError(error) && error.requestId ? (
            <div style={{ fontSize: 12, opacity: 0.6 }}>
              {t('errors:requestId', { requestId: error.requestId })}
            </div>
          ) : null}
        </>
      }
      extra={onRetry ? <Button onClick={onRetry}>{t('common:actions.retry')}</Button> : null}
    />
  );
}
