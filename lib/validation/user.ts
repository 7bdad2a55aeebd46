import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { ROLES } from "@/lib/auth/roles";

export const emailSchema = z.string().trim().max(254).pipe(z.email({ message: "Enter a valid e-mail address." }));
export const nameSchema = z.string().trim().min(1, "Enter a name.").max(120, "Names are at most 120 characters.");
export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Passwords need at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(200, "Passwords are at most 200 characters.");
export const roleSchema = z.enum(ROLES as [string, ...string[]]).transform((r) => r as (typeof ROLES)[number]);

export const newUserSchema = z.object({ email: emailSchema, name: nameSchema, password: passwordSchema, role: roleSchema });
export const firstAdminSchema = z.object({ email: emailSchema, name: nameSchema, password: passwordSchema });
