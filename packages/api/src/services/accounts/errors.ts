import { AppError } from '../../errors';

/** Dify's errors for the mailed-code flows (sign-in by code and password reset). */
export const accountNotFound = () => new AppError('account_not_found', 'Account not found.', 400);
export const invalidOrExpiredToken = () => new AppError('invalid_or_expired_token', 'The token is invalid or has expired.', 400);
export const invalidEmail = () => new AppError('invalid_email', 'The email address is not valid.', 400);
export const emailCodeError = () => new AppError('email_code_error', 'Email code is invalid or expired.', 400);
