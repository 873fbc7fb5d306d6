import { z } from 'zod';
import { isValidTimezone, SUPPORTED_LANGUAGES } from '../../../services/workspaces/languages';
import { route } from '../../meta';

export const activateAccountMeta = route({
  method: 'POST',
  path: '/activate',
  protect: false,
  tags: ['Members'],
  summary: 'Accept an invitation: name the account (optionally set a password) and activate it',
});

export const ZActivateAccountRequest = z.object({
  workspace_id: z.string().max(64).nullish(),
  email: z.string().max(255).nullish(),
  token: z.string().min(1).max(128),
  name: z.string().trim().min(1).max(30),
  interface_language: z.string().refine((value) => SUPPORTED_LANGUAGES.includes(value), 'is not a valid language.'),
  timezone: z.string().max(64).refine(isValidTimezone, 'is not a valid timezone.'),
  // Tessera's addition: an invitee may choose a password here to sign in with later.
  password: z.string().max(256).nullish(),
});

export const ZActivateAccountResponse = z.object({ result: z.literal('success') });
