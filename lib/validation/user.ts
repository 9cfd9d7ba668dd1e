/** Zod schemas of users. */
import { z } from "zod";
import { ROLES } from "@/lib/access/roles";
import { zEnum, zText } from "./common";
import { zNewPassword as zPassword } from "./password";


export const ZSignIn = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address."),
  password: z.string().min(1, "Enter your password.").max(128, "Password must be at most 128 characters."),
});

export const ZUserCreate = z.object({
  name: zText("Name", 120),
  email: z.string().trim().toLowerCase().email("Enter a valid email address.").max(254),
  role: zEnum(ROLES, "Role"),
  password: zPassword,
});
export type TUserCreate = z.infer<typeof ZUserCreate>;

export const ZUserUpdate = z.object({
  userId: z.string().min(1),
  role: zEnum(ROLES, "Role"),
  active: z.preprocess((v) => v === "true" || v === "on" || v === true, z.boolean()),
});

export const ZPasswordReset = z.object({ userId: z.string().min(1), password: zPassword });
