import type { JobState } from "./post-form";

/** A running job's progress, announced politely to screen readers as it changes. */
export function JobProgress({ job, label }: { job: JobState; label: string }) {
  const counted = job.total > 0;
  const text =
    job.status === "queued"
      ? `${label}: waiting to start…`
      : !counted
        ? `${label}: reading the file…`
        : job.done === 0
          ? `${label}: ${job.total.toLocaleString("en")} checked, saving…`
          : `${label}: ${job.done.toLocaleString("en")} of ${job.total.toLocaleString("en")}…`;
  return (
    <div className="job-progress" role="status" aria-live="polite">
      <progress value={counted ? job.done : undefined} max={counted ? job.total : undefined} aria-label={label} />
      <span>{text}</span>
    </div>
  );
}
