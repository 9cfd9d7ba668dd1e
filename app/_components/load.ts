import { notFound } from "next/navigation";
import { AppError } from "@/lib/platform/errors";

/** Runs a data lookup for a page; a record that is not there shows the 404 page. */
export async function loadOr404<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}
