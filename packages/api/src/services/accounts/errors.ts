import { errors } from '../../errors';

/** Dify's errors for the mailed-code flows (sign-in by code and password reset). */
export const accountNotFound = () => errors.badRequest('account_not_found', 'Account not found.');
export const invalidOrExpiredToken = () => errors.badRequest('invalid_or_expired_token', 'The token is invalid or has expired.');
export const invalidEmail = () => errors.badRequest('invalid_email', 'The email address is not valid.');
export const emailCodeError = () => errors.badRequest('email_code_error', 'Email code is invalid or expired.');
