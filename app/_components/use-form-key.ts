"use client";
import { useState } from "react";
import type { FormState } from "@/lib/web/form-state";

/**
 * A key that changes with every answer from the server. React resets a form after its action runs, and a
 * select cannot take a new default after it mounts; remounting the form with this key makes every control
 * show what the answer holds: the typed values after a failure, fresh defaults after a success.
 */
export function useFormKey(state: FormState): number {
  const [seen, setSeen] = useState(state);
  const [key, setKey] = useState(0);
  if (seen !== state) {
    setSeen(state);
    setKey(key + 1);
  }
  return key;
}
