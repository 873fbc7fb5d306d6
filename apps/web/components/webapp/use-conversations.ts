'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type Conversation, type Page } from '@/lib/webapp/types';
import { type WebApi } from '@/lib/webapp/web-api';

/** The visitor's conversations, pinned ones apart, and what they can do with them. */
export function useConversations(api: WebApi) {
  const client = useQueryClient();
  const key = ['webapp', api.code, 'conversations'];
  const list = useQuery({
    queryKey: key,
    queryFn: async () => {
      const [pinned, others] = await Promise.all([
        api.get<Page<Conversation>>('/conversations?limit=100&pinned=true'),
        api.get<Page<Conversation>>('/conversations?limit=100&pinned=false'),
      ]);
      return { pinned: pinned.data, others: others.data };
    },
  });
  const refresh = () => client.invalidateQueries({ queryKey: key });
  const pin = useMutation({
    mutationFn: ({ id, pinned }: { id: string; pinned: boolean }) => api.json('PATCH', `/conversations/${id}/${pinned ? 'pin' : 'unpin'}`),
    onSettled: refresh,
  });
  const rename = useMutation({
    mutationFn: ({ id, name }: { id: string; name: string }) => api.json('POST', `/conversations/${id}/name`, { name, auto_generate: false }),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: string) => api.json('DELETE', `/conversations/${id}`),
    onSettled: refresh,
  });
  return { list, refresh, pin, rename, remove };
}
