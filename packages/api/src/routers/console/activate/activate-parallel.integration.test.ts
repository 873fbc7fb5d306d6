import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { accounts } from '@tessera/db';
import { tallyAnswers as tally } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';

describe('invitation acceptance under parallel requests', () => {
  const fx = useIntegrationFixture();

  it('activates the account once when the same link is used several times at once', async () => {
    const email = 'twice-clicked@example.com';
    const invited = await fx.app.request('POST', '/console/api/workspaces/current/members/invite-email', {
      token: fx.owner.token,
      json: { emails: [email], role: 'editor' },
    });
    const token = new URL(invited.body.invitation_results[0].url).searchParams.get('token')!;
    // Without passwords to hash, the requests reach the database together.
    const names = ['Ada', 'Bea', 'Cy', 'Dee'];
    const answers = await Promise.all(
      names.map((name) =>
        fx.app.request('POST', '/console/api/activate', { json: { token, name, interface_language: 'en-US', timezone: 'UTC' } }),
      ),
    );
    expect(tally(answers)).toEqual({ '200 success': 1, '403 already_activate': 3 });

    const winner = names[answers.findIndex((res) => res.status === 200)]!;
    const [account] = await fx.app.deps.db.select().from(accounts).where(eq(accounts.email, email));
    expect(account).toMatchObject({ name: winner, status: 'active' });
  });
});
