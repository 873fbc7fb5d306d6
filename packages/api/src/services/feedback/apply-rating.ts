import { type Message, type Queryable } from '@tessera/db';
import { feedbackStore } from '../../data/feedback';
import { errors } from '../../errors';

export type Rating = 'like' | 'dislike' | null;

export interface RatingInput {
  rating: Rating;
  content?: string | null;
}

/** Who rates: the message's end user (`user`) or an operator in the console (`admin`). */
export type FeedbackAuthor = { source: 'user'; endUserId: string } | { source: 'admin'; accountId: string };

/**
 * Dify's feedback semantics: like or dislike creates or replaces the author's one feedback on the
 * message (its content too), null takes it back, and null with nothing to take back is 400. One
 * statement each, so two clicks at once leave one row.
 */
export async function applyRating(db: Queryable, message: Message, author: FeedbackAuthor, input: RatingInput): Promise<void> {
  const feedback = feedbackStore(db, message.workspaceId);
  if (input.rating === null) {
    const removed = await feedback.remove(message.id, author.source);
    if (!removed) throw errors.invalidParam('rating cannot be None when feedback not exists', 'rating');
    return;
  }
  const by = author.source === 'user' ? { fromEndUserId: author.endUserId, fromAccountId: null } : { fromEndUserId: null, fromAccountId: author.accountId };
  await feedback.upsert(message, author.source, { rating: input.rating, content: input.content ?? null, ...by });
}
