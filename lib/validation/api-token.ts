import { z } from "zod";

export const API_TOKEN_NAME_MAX = 100;

/** What the owner calls a token ("Word on my laptop"), to know which one to revoke. */
export const apiTokenNameSchema = z
  .string()
  .transform((name) => name.normalize("NFC").replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .min(1, "tokenNameNeeded")
      .max(API_TOKEN_NAME_MAX, `A token's name is at most ${API_TOKEN_NAME_MAX} characters.`)
      .refine((name) => !/\p{Cc}/u.test(name), "tokenNameControl"),
  );

export const createApiTokenSchema = z.object({ name: apiTokenNameSchema });

export const revokeApiTokenSchema = z.object({ id: z.number().int().positive() });
