import { router } from '../../../../trpc';
import { statisticProcedure } from './statistic-procedure';

/** Dify's console statistics of an app. */
export const statisticsRouter = router({
  dailyMessages: statisticProcedure('daily-messages'),
  dailyConversations: statisticProcedure('daily-conversations'),
  dailyEndUsers: statisticProcedure('daily-end-users'),
  tokenCosts: statisticProcedure('token-costs'),
  averageSessionInteractions: statisticProcedure('average-session-interactions'),
  userSatisfactionRate: statisticProcedure('user-satisfaction-rate'),
  averageResponseTime: statisticProcedure('average-response-time'),
  tokensPerSecond: statisticProcedure('tokens-per-second'),
});
