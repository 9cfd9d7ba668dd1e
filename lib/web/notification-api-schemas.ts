/** API v1 answers about people (the `@` completion's search). */
import { z } from "zod";
import { ROLES } from "@/lib/access/roles";

export const ZPersonMatch = z.object({ id: z.string(), name: z.string(), role: z.enum(ROLES) }).meta({ id: "Person" });
