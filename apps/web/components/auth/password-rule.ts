/** Dify's rule: at least 8 characters, at least one letter and one digit. */
export const PASSWORD_RULE = /^(?=.*[a-zA-Z])(?=.*\d).{8,}$/;
