import ReactMarkdown from "react-markdown";

/**
 * Renders a verdict's explanation written in plain text or Markdown. Raw HTML in the source is dropped,
 * never run, and link targets are limited to safe protocols by react-markdown's default URL filter.
 */
export function Markdown({ source }: { source: string }) {
  return (
    <div className="markdown">
      <ReactMarkdown
        skipHtml
        components={{
          a: ({ href, children }) => (
            <a href={href} rel="noopener noreferrer nofollow" target="_blank">
              {children}
            </a>
          ),
        }}
      >
        {source}
      </ReactMarkdown>
    </div>
  );
}
