import { z } from "zod";
import { roleEnum } from "@/db/schema/users";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { id } from "./issues";

/** Stored trimmed and lowercased, as lib/auth/users.ts normalizeEmail does for sign-in. */
export const personEmail = z.string().trim().toLowerCase().min(1, "required").max(254, "tooLong").pipe(z.email("invalidEmail"));
export const personName = z.string().trim().min(1, "required").max(200, "tooLong");
export const personRole = z.enum(roleEnum.enumValues, "invalidChoice");

/** Optional: empty means "generate one". Never trimmed, since spaces are part of a password. */
export const newPassword = z
  .string()
  .max(1000, "tooLong")
  .optional()
  .refine((value) => !value || value.length >= MIN_PASSWORD_LENGTH, "tooShort")
  .transform((value) => value || undefined);

/** The account an edit is about, with the version the admin saw (optimistic locking). */
const target = { userId: id, version: z.coerce.number().int().min(1).max(2_147_483_647) };

export const createPersonSchema = z.object({ email: personEmail, name: personName, role: personRole, password: newPassword });
export const changeRoleSchema = z.object({ ...target, role: personRole });
export const resetPasswordSchema = z.object({ ...target, password: newPassword });
export const personTargetSchema = z.object(target);
export const listPeopleSchema = z.object({});

// No 0/O or 1/l/I: generated passwords are read off a screen and typed or dictated.
const ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const GENERATED_LENGTH = 20;

/** A random password of about 116 bits, in groups of five for reading aloud: "k7Qm2-…". */
export function generatePassword(): string {
  const chars: string[] = [];
  const byte = new Uint8Array(1);
  // Rejection sampling keeps every character equally likely.
  const limit = 256 - (256 % ALPHABET.length);
  while (chars.length < GENERATED_LENGTH) {
    crypto.getRandomValues(byte);
    if (byte[0]! < limit) chars.push(ALPHABET[byte[0]! % ALPHABET.length]!);
  }
  return chars.join("").match(/.{5}/g)!.join("-");
}
