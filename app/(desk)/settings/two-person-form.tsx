"use client";
import { useActionState } from "react";
import { useFormKey } from "@/app/_components/use-form-key";
import { FormMessage } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { EMPTY_FORM_STATE } from "@/lib/web/form-state";
import { updateTwoPersonRuleAction } from "./actions";

export function TwoPersonRuleForm({ enabled }: { enabled: boolean }) {
  const [state, action] = useActionState(updateTwoPersonRuleAction, EMPTY_FORM_STATE);
  const formKey = useFormKey(state);
  // An unchecked box is not sent: after a failed save, the absence of the value means "off".
  const checked = state.values ? state.values.twoPersonRule === "true" : enabled;
  return (
    <form action={action} key={formKey} aria-labelledby="two-person-title">
      <h2 id="two-person-title" style={{ marginTop: 0 }}>Two-person review</h2>
      <FormMessage state={state} />
      <div className="field">
        <label style={{ display: "flex", gap: "0.5rem", alignItems: "center" }}>
          <input type="checkbox" name="twoPersonRule" value="true" defaultChecked={checked} aria-describedby="two-person-hint" />
          A verdict must be approved by an editor who did not propose it
        </label>
        <p id="two-person-hint" className="hint small muted" style={{ margin: 0 }}>
          When this is off, an editor may approve their own verdict. Turning it on or off is recorded in the activity history with your name.
        </p>
      </div>
      <SubmitButton>Save review rule</SubmitButton>
    </form>
  );
}
