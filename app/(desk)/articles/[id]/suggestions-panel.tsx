"use client";
import { useActionState } from "react";
import { FormMessage } from "@/app/_components/field";
import { SubmitButton } from "@/app/_components/submit-button";
import { EMPTY_FORM_STATE } from "@/lib/web/form-state";
import { formatFigure } from "@/lib/figures/figure";
import { ATTRIBUTION_LABELS, type Attribution } from "@/lib/figures/vocabulary";
import { acceptAllAction, acceptAsSameClaimAction, decideSuggestionAction, findClaimsAction } from "./suggestion-actions";

export interface SuggestionView {
  id: number;
  sentence: string;
  start: number;
  end: number;
  statement: string;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: string | null;
  unit: string | null;
  speakerName: string | null;
  speakerDescription: string | null;
  /** the desk's speaker of that name, when there is one */
  knownSpeaker?: { id: number; label: string } | null;
  attribution: string;
  /** a published verdict or another fact-checker's check of the same claim */
  alreadyChecked?: { rating: string; date: string | null; href: string; by: string | null; claimId?: number | null } | null;
}

function SuggestionItem({ articleId, suggestion, onEdit }: { articleId: number; suggestion: SuggestionView; onEdit: (s: SuggestionView) => void }) {
  const [state, action] = useActionState(decideSuggestionAction.bind(null, articleId), EMPTY_FORM_STATE);
  const [sameState, acceptAsSame] = useActionState(acceptAsSameClaimAction.bind(null, articleId), EMPTY_FORM_STATE);
  const figure = formatFigure(suggestion);
  return (
    <li className="suggestion" aria-label={`Suggestion: ${suggestion.statement}${figure ? ` (${figure})` : ""}`}>
      <div>
        {figure && <strong>{figure}</strong>}
        {figure && " — "}
        {suggestion.statement}
      </div>
      {suggestion.alreadyChecked && (
        <p className="already-checked">
          <a href={suggestion.alreadyChecked.href}>
            Already checked: {suggestion.alreadyChecked.rating}
            {suggestion.alreadyChecked.date && `, ${suggestion.alreadyChecked.date}`}
          </a>
          {suggestion.alreadyChecked.by && ` (${suggestion.alreadyChecked.by})`}
        </p>
      )}
      <div className="meta">
        {suggestion.speakerName ?? "no named speaker"}
        {suggestion.speakerDescription && `, ${suggestion.speakerDescription}`} · {ATTRIBUTION_LABELS[suggestion.attribution as Attribution] ?? suggestion.attribution}
      </div>
      <form action={action} className="actions" style={{ marginTop: "0.35rem" }}>
        <input type="hidden" name="suggestionId" value={suggestion.id} />
        <button type="submit" name="decision" value="accept">Accept</button>
        <button type="button" className="secondary" id={`suggestion-edit-${suggestion.id}`} onClick={() => onEdit(suggestion)}>Edit</button>
        <button type="submit" name="decision" value="dismiss" className="secondary">Dismiss</button>
      </form>
      {suggestion.alreadyChecked?.claimId && (
        <form action={acceptAsSame} style={{ marginTop: "0.35rem" }}>
          <input type="hidden" name="suggestionId" value={suggestion.id} />
          <SubmitButton className="secondary" pendingText="Linking…">Accept as the same claim</SubmitButton>
        </form>
      )}
      {!state.ok && <FormMessage state={state} />}
      {!sameState.ok && <FormMessage state={sameState} />}
    </li>
  );
}

/** The extractor's suggestions for an article: accept, edit then accept, dismiss, or accept all. */
export function SuggestionsPanel({
  articleId,
  suggestions,
  onEdit,
}: {
  articleId: number;
  suggestions: SuggestionView[];
  onEdit: (s: SuggestionView) => void;
}) {
  const [findState, find] = useActionState(findClaimsAction.bind(null, articleId), EMPTY_FORM_STATE);
  const [allState, acceptAll] = useActionState(acceptAllAction.bind(null, articleId), EMPTY_FORM_STATE);
  return (
    <section className="panel" aria-labelledby="suggestions-title">
      <div className="page-head" style={{ marginBottom: "0.5rem" }}>
        <h2 id="suggestions-title" style={{ margin: 0 }}>
          Suggested claims ({suggestions.length})
        </h2>
        <form action={find}>
          <SubmitButton className="secondary" pendingText="Finding claims…">Find claims</SubmitButton>
        </form>
      </div>
      <FormMessage state={findState} />
      <FormMessage state={allState} />
      {suggestions.length === 0 ? (
        <p className="muted">No suggestions waiting. “Find claims” reads the article again.</p>
      ) : (
        <>
          <form action={acceptAll} style={{ marginBottom: "0.5rem" }}>
            <SubmitButton pendingText="Adding claims…">Accept all remaining</SubmitButton>
          </form>
          <ol style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {suggestions.map((s) => (
              <SuggestionItem key={s.id} articleId={articleId} suggestion={s} onEdit={onEdit} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
