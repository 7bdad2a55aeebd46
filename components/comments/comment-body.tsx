import type { CommentView } from "@/lib/services/comment-threads";

/** The words of a comment with the colleagues it names set apart. */
export function CommentBody({ comment }: { comment: CommentView }) {
  const names = comment.mentions.map((m) => `@${m.name}`).sort((a, b) => b.length - a.length);
  if (names.length === 0) return <p className="whitespace-pre-wrap break-words">{comment.body}</p>;
  const pattern = new RegExp(`(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`, "giu");
  return (
    <p className="whitespace-pre-wrap break-words">
      {comment.body.split(pattern).map((part, i) =>
        i % 2 === 1 ? (
          <strong key={i} className="font-medium text-accent">
            {part}
          </strong>
        ) : (
          part
        ),
      )}
    </p>
  );
}
