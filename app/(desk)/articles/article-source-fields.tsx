import { Field, valueOf } from "@/app/_components/field";
import type { FormState } from "@/lib/web/form-state";

/** Where an article comes from: outlet, publication date and address. Shared by "New article" and file import. */
export function ArticleSourceFields({ state }: { state: FormState }) {
  return (
    <>
      <div className="row">
        <Field name="outlet" label="Outlet" state={state}>
          {(p) => <input {...p} defaultValue={valueOf(state, "outlet")} maxLength={120} required />}
        </Field>
        <Field name="publishedAt" label="Published date" state={state}>
          {(p) => <input {...p} type="date" defaultValue={valueOf(state, "publishedAt")} />}
        </Field>
      </div>
      <Field name="url" label="Article URL" hint="Optional; http or https" state={state}>
        {(p) => <input {...p} type="url" inputMode="url" defaultValue={valueOf(state, "url")} placeholder="https://" />}
      </Field>
    </>
  );
}
