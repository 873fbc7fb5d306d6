'use client';

import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { type WebParameters, type WebSiteAnswer } from '@/lib/webapp/types';
import { createWebApi, type WebApi, WebApiError } from '@/lib/webapp/web-api';

export interface WebappBoot {
  api: WebApi;
  site: WebSiteAnswer;
  parameters: WebParameters;
}

/** The passport, the site settings and the app's parameters, fetched once per page. */
export function useWebappBoot(code: string) {
  const api = useMemo(() => createWebApi(code), [code]);
  return useQuery<WebappBoot, Error>({
    queryKey: ['webapp', code, 'boot'],
    queryFn: async () => {
      await api.passport();
      const [site, parameters] = await Promise.all([api.get<WebSiteAnswer>('/site'), api.get<WebParameters>('/parameters')]);
      return { api, site, parameters };
    },
    staleTime: Number.POSITIVE_INFINITY,
    retry: (count, error) => !(error instanceof WebApiError && error.status < 500) && count < 2,
  });
}
