/** Character classes read by code, on hot paths where a one-character expression or a string would cost more. */
export const isDigit = (code: number) => code >= 48 && code <= 57;
export const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
