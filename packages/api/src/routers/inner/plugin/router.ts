import { router } from '../../../trpc';
import { invokeEncryptProcedures } from './invoke-encrypt';
import { invokeModerationProcedures } from './invoke-moderation';
import { invokeRerankProcedures } from './invoke-rerank';
import { invokeSpeech2TextProcedures } from './invoke-speech2text';
import { invokeSummaryProcedures } from './invoke-summary';
import { invokeTextEmbeddingProcedures } from './invoke-text-embedding';

/**
 * The plugin daemon's JSON backwards invocations, each at Dify's `/invoke/<op>` and the API seed's
 * `/plugin/invoke/<op>`. The streaming ones (llm, llm/structured-output, tts) are plain routes.
 */
export const pluginInvokeRouter = router({
  textEmbedding: invokeTextEmbeddingProcedures.dify,
  pluginTextEmbedding: invokeTextEmbeddingProcedures.seed,
  rerank: invokeRerankProcedures.dify,
  pluginRerank: invokeRerankProcedures.seed,
  speech2text: invokeSpeech2TextProcedures.dify,
  pluginSpeech2text: invokeSpeech2TextProcedures.seed,
  moderation: invokeModerationProcedures.dify,
  pluginModeration: invokeModerationProcedures.seed,
  summary: invokeSummaryProcedures.dify,
  pluginSummary: invokeSummaryProcedures.seed,
  encrypt: invokeEncryptProcedures.dify,
  pluginEncrypt: invokeEncryptProcedures.seed,
});
