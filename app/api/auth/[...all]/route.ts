import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/platform/auth";

export const { GET, POST } = toNextJsHandler(auth);
