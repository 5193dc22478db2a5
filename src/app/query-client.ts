import { QueryClient } from '@tanstack/react-query';

/** QueryClient defaults in one place. The corpus query sets its own (never stale, no retry). */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, networkMode: 'always' } },
  });
}
