import { z } from 'zod';
import { zTimestamp } from '../../../validation';
import { route } from '../../meta';

export const getProfileMeta = route({
  method: 'GET',
  path: '/account/profile',
  tags: ['Account'],
  summary: 'The signed-in account',
});

export const ZGetProfileResponse = z.object({
  id: z.string(),
  name: z.string(),
  avatar: z.string().nullable(),
  avatar_url: z.string().nullable(),
  email: z.string(),
  is_password_set: z.boolean(),
  interface_language: z.string(),
  interface_theme: z.string(),
  timezone: z.string(),
  last_login_at: zTimestamp.nullable(),
  last_login_ip: z.string().nullable(),
  created_at: zTimestamp,
});
