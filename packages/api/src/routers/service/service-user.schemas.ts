import { z } from 'zod';

/** `user` as the Service API reads it (query or body): a string naming the end user within the key's app. */
export const zUser = z.string().optional();
