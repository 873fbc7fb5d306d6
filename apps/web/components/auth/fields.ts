/** The input attributes each kind of auth field shares across the forms; a form adds id, label and value. */
export const EMAIL_FIELD = { type: 'email', autoComplete: 'email', required: true } as const;
export const NAME_FIELD = { autoComplete: 'name', required: true, maxLength: 30 } as const;
export const NEW_PASSWORD_FIELD = { type: 'password', autoComplete: 'new-password', required: true } as const;
/** The emailed code is six digits. */
export const CODE_FIELD = { inputMode: 'numeric', autoComplete: 'one-time-code', maxLength: 6, required: true } as const;
