import { z } from "zod";
import { roleSchema } from "@/lib/domain";

export const MIN_PASSWORD_LENGTH = 10;

/** The longest address SMTP allows; sign-in refuses longer ones before looking anything up. */
export const MAX_EMAIL_LENGTH = 254;
export const MAX_PASSWORD_LENGTH = 200;

export const emailSchema = z.string().trim().max(MAX_EMAIL_LENGTH).pipe(z.email({ message: "emailInvalid" }));
export const nameSchema = z.string().trim().min(1, "nameNeeded").max(120, "nameTooLong");
export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, "passwordTooShort")
  .max(MAX_PASSWORD_LENGTH, "passwordTooLong");

export const newUserSchema = z.object({ email: emailSchema, name: nameSchema, password: passwordSchema, role: roleSchema });
export const firstAdminSchema = z.object({ email: emailSchema, name: nameSchema, password: passwordSchema });

export const changeOwnPasswordSchema = z.object({ current: z.string().max(MAX_PASSWORD_LENGTH), password: passwordSchema });
export const resetPasswordSchema = z.object({ id: z.number().int().positive(), password: passwordSchema });

/** An administrator changes another account's role or disables it; either may be left out. */
export const accessSchema = z.object({ id: z.number().int().positive(), role: roleSchema.optional(), disabled: z.boolean().optional() });
