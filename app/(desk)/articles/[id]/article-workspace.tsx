"use client";
import { useEffect, useRef, useState } from "react";
import { ArticleReader, type TextMark, type Passage } from "./article-reader";
import { AddClaimPanel } from "./add-claim-panel";
import { SuggestionsPanel, type SuggestionView } from "./suggestions-panel";
import type { ClaimInitial } from "@/app/(desk)/claims/claim-fields";

interface Draft {
  passage: Passage;
  initial: ClaimInitial;
  suggestionId?: number;
}

/** Prefills "Add claim" from a suggestion, with the known speaker of its speaker's name (matched on the server). */
function draftFromSuggestion(articleId: number, s: SuggestionView): Draft {
  const known = s.knownSpeaker;
  return {
    passage: { start: s.start, end: s.end, text: s.sentence },
    suggestionId: s.id,
    initial: {
      articleId,
      excerpt: s.sentence,
      start: s.start,
      end: s.end,
      statement: s.statement,
      speakerId: known?.id,
      speakerName: known?.label,
      newSpeakerName: known ? undefined : s.speakerName,
      newSpeakerDescription: known ? undefined : s.speakerDescription,
      attribution: s.attribution,
      value: s.value,
      low: s.low,
      high: s.high,
      qualifier: s.qualifier,
      unit: s.unit,
    },
  };
}

/** The article text beside its review panels: suggestions, recorded claims, and "Add claim" for a selection. */
export function ArticleWorkspace({
  articleId,
  body,
  marks,
  suggestions,
  canAddClaims,
  claimList,
}: {
  articleId: number;
  body: string;
  marks: TextMark[];
  suggestions: SuggestionView[];
  canAddClaims: boolean;
  claimList: React.ReactNode;
}) {
  const [draft, setDraft] = useState<Draft | null>(null);
  // Where the focus goes back to when "Add claim" closes: the sentence or control it was opened from.
  const returnFocus = useRef<{ element: Element | null; id?: string } | null>(null);
  const open = (next: Draft, returnToId?: string) => {
    returnFocus.current = { element: document.activeElement, id: returnToId };
    setDraft(next);
  };
  const pick = (passage: Passage) =>
    open({ passage, initial: { articleId, excerpt: passage.text, start: passage.start, end: passage.end, statement: passage.text } });
  useEffect(() => {
    const target = returnFocus.current;
    if (draft || !target) return;
    returnFocus.current = null;
    // The control may have been re-rendered while the panel was open (the suggestions list is): find it again by id.
    const element = target.element?.isConnected ? target.element : target.id ? document.getElementById(target.id) : null;
    if (element instanceof HTMLElement) element.focus();
  }, [draft]);
  return (
    <div className="grid-2">
      <section className="panel" aria-label="Article text">
        {canAddClaims && (
          <p className="muted small no-print" id="article-text-help">
            Select a passage with the mouse, or Tab to the text, move between sentences with the arrow keys and press Enter, to add a
            claim. Suggested claims are underlined with dashes.
          </p>
        )}
        <ArticleReader body={body} marks={marks} onPick={canAddClaims ? pick : undefined} describedBy="article-text-help" />
      </section>
      <div className="side-panel">
        {draft ? (
          <AddClaimPanel
            key={`${draft.passage.start}-${draft.passage.end}-${draft.suggestionId ?? ""}`}
            passage={draft.passage}
            initial={draft.initial}
            suggestionId={draft.suggestionId}
            onClose={() => setDraft(null)}
          />
        ) : (
          <>
            {canAddClaims && (
              <SuggestionsPanel
                articleId={articleId}
                suggestions={suggestions}
                onEdit={(s) => open(draftFromSuggestion(articleId, s), `suggestion-edit-${s.id}`)}
              />
            )}
            {claimList}
          </>
        )}
      </div>
    </div>
  );
}
