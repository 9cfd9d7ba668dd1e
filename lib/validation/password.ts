/** Zod schema of passwords: length and strength. */
import { z } from "zod";
import { dictionary } from "@zxcvbn-ts/language-common";

/**
 * The password rules (ASVS 2.1): at least 12 characters, at most 128, and not one of the ~49,000 most
 * common passwords that zxcvbn-ts ships (checked offline, ignoring case).
 */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

let common: Set<string> | undefined;
const commonPasswords = () => (common ??= new Set(dictionary["passwords-common"].map((password) => password.toLowerCase())));

export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.toLowerCase());
}

/** What is wrong with a new password, in words for the person choosing it, or null. */
export function passwordProblem(password: string): string | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return `Password must be at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (length > MAX_PASSWORD_LENGTH) return `Password must be at most ${MAX_PASSWORD_LENGTH} characters.`;
  if (!password.isWellFormed()) return "Password contains an invalid character.";
  if (isCommonPassword(password)) return "This password is on a list of the most common passwords. Choose another.";
  return null;
}

export const zNewPassword = z.string({ error: "Password is required." }).superRefine((password, ctx) => {
  const problem = passwordProblem(password);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});
