'use client';

/** Questions offered to the visitor: the app's openers, or follow-ups after an answer. */
export function SuggestedQuestions({ title, questions, onAsk, testId }: { title: string; questions: string[]; onAsk: (question: string) => void; testId: string }) {
  return (
    <section aria-label={title} data-testid={testId}>
      <h3 className="mb-1.5 text-xs font-medium text-muted-foreground">{title}</h3>
      <ul className="flex flex-wrap gap-1.5">
        {questions.map((question) => (
          <li key={question}>
            <button
              type="button"
              onClick={() => onAsk(question)}
              className="rounded-full border bg-card px-3 py-1.5 text-left text-sm hover:border-primary hover:text-primary focus-visible:ring-[3px] focus-visible:ring-ring/50"
            >
              {question}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
