import { type PlainRoute } from '../../../http/surface';
import { streamPluginLlm } from '../../../services/plugin-invoke/invoke-llm';
import { streamPluginSpeech } from '../../../services/plugin-invoke/invoke-tts';
import { ZInvokeLlmRequest, ZInvokeStructuredLlmRequest, ZInvokeTtsRequest } from '../../../services/plugin-invoke/payloads';
import { framedInvokeRoutes } from './framed-invoke-route';

/** The plugin daemon's streaming invocations: LLM chunks and speech. */
export const pluginStreamRoutes: PlainRoute[] = [
  ...framedInvokeRoutes({
    operation: 'llm/structured-output',
    summary: 'Call one of the workspace’s LLMs for an answer that satisfies a JSON Schema',
    description: 'Like `/invoke/llm`; the last chunk carries `structured_output`, the parsed answer.',
    input: ZInvokeStructuredLlmRequest,
    produce: streamPluginLlm,
  }),
  ...framedInvokeRoutes({
    operation: 'llm',
    summary: 'Call one of the workspace’s LLMs (chat, tools, vision)',
    description: 'Streams `LLMResultChunk`s when `stream` is true (one chunk with the whole answer otherwise); the last carries `usage` and `finish_reason`.',
    input: ZInvokeLlmRequest,
    produce: streamPluginLlm,
  }),
  ...framedInvokeRoutes({
    operation: 'tts',
    summary: 'Turn text into speech with one of the workspace’s TTS models',
    description: 'Streams `{result: <hex audio bytes>}` pieces.',
    input: ZInvokeTtsRequest,
    produce: streamPluginSpeech,
  }),
];
