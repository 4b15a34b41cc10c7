import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import 'dayjs/locale/zh-cn';
import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { sessionKey } from '../features/identity/index.ts';
import { isApiError } from '../shared/api/api-error.ts';
import { SlotProvider } from '../shared/feature/slots.ts';
import { dayjs } from '../shared/format/date.ts';
import { slotRegistry } from './features.ts';
import { i18next } from './i18n.ts';
import { theme } from './theme.ts';

function createQueryClient(): QueryClient {
  // A 401 anywhere means the session ended; clearing it lets the guard send the user to login.
  const onError = (error: unknown) => {
    if (isApiError(error) && error.status === 401 && error.code === 'UNAUTHENTICATED') {
      client.setQueryData(sessionKey, null);
    }
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Try once even when the browser says it is offline: the phone pages' service worker may
        // answer from its cache (a reload in a basement); retries then wait for the network.
        networkMode: 'offlineFirst',
        retry: (count, error) =>
          !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
      },
    },
  });
  return client;
}

function LocalizedAntd({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const isZh = i18n.language !== 'en-US';
  useEffect(() => {
    dayjs.locale(isZh ? 'zh-cn' : 'en');
    document.documentElement.lang = i18n.language;
  }, [isZh, i18n.language]);
  return (
    <ConfigProvider locale={isZh ? zhCN : enUS} theme={theme}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <I18nextProvider i18n={i18next}>
      <QueryClientProvider client={queryClient}>
        <SlotProvider registry={slotRegistry}>
          <LocalizedAntd>{children}</LocalizedAntd>
        </SlotProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
