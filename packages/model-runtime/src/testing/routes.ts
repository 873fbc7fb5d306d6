import type { IncomingHttpHeaders } from 'node:http';
import type { Route } from './handler-context';
import { handleAnthropicMessages } from './protocols/anthropic-messages';
import { handleCohereEmbed } from './protocols/cohere-embed';
import { handleGeminiEmbed } from './protocols/gemini-embed';
import { handleGeminiGenerate } from './protocols/gemini-generate';
import { handleModelList, handleOllamaTags } from './protocols/model-lists';
import { handleOllamaChat } from './protocols/ollama-chat';
import { handleOllamaEmbed } from './protocols/ollama-embed';
import { handleOpenAiSpeech, handleOpenAiTranscription } from './protocols/openai-audio';
import { handleOpenAiChat } from './protocols/openai-chat';
import { handleOpenAiEmbeddings } from './protocols/openai-embeddings';
import { handleOpenAiModeration } from './protocols/openai-moderation';
import { handleCohereRerank, handleJinaRerank } from './protocols/rerank';
import type { Protocol } from './vendor-errors';

const GEMINI_MODEL = String.raw`/(?:models|tunedModels)/(?<model>[^/:]+)`;

/** First match wins, so the more specific suffixes (`/api/embed`, `/v2/rerank`) come before the general ones. */
const ROUTES: Route[] = [
  { method: 'POST', protocol: 'openai', pattern: /\/chat\/completions$/, handler: handleOpenAiChat },
  { method: 'POST', protocol: 'openai', pattern: /\/embeddings$/, handler: handleOpenAiEmbeddings },
  { method: 'POST', protocol: 'openai', pattern: /\/audio\/speech$/, handler: handleOpenAiSpeech },
  { method: 'POST', protocol: 'openai', pattern: /\/audio\/transcriptions$/, handler: handleOpenAiTranscription },
  { method: 'POST', protocol: 'openai', pattern: /\/moderations$/, handler: handleOpenAiModeration },
  { method: 'POST', protocol: 'ollama', pattern: /\/api\/chat$/, handler: handleOllamaChat },
  { method: 'POST', protocol: 'ollama', pattern: /\/api\/embed$/, handler: handleOllamaEmbed },
  { method: 'GET', protocol: 'ollama', pattern: /\/api\/tags$/, handler: handleOllamaTags },
  { method: 'POST', protocol: 'cohere', pattern: /\/v2\/rerank$/, handler: handleCohereRerank },
  { method: 'POST', protocol: 'cohere', pattern: /\/v2\/embed$/, handler: handleCohereEmbed },
  { method: 'POST', protocol: 'openai', pattern: /\/rerank$/, handler: handleJinaRerank },
  { method: 'POST', protocol: 'anthropic', pattern: /\/messages$/, handler: handleAnthropicMessages },
  {
    method: 'POST',
    protocol: 'gemini',
    pattern: new RegExp(`${GEMINI_MODEL}:(?<action>generateContent|streamGenerateContent)$`),
    handler: handleGeminiGenerate,
  },
  {
    method: 'POST',
    protocol: 'gemini',
    pattern: new RegExp(`${GEMINI_MODEL}:(?<action>embedContent|batchEmbedContents)$`),
    handler: handleGeminiEmbed,
  },
  { method: 'GET', protocol: 'openai', pattern: /\/models$/, handler: handleModelList },
];

export interface RouteMatch {
  route: Route;
  protocol: Protocol;
  params: Record<string, string>;
}

export function matchRoute(method: string, path: string, headers: IncomingHttpHeaders): RouteMatch | undefined {
  for (const route of ROUTES) {
    if (route.method !== method) continue;
    const match = route.pattern.exec(path);
    if (!match) continue;
    const captures = Object.entries(match.groups ?? {});
    const params = Object.fromEntries(captures.map(([key, value]) => [key, decodeURIComponent(value)]));
    return { route, params, protocol: listingProtocol(route, headers) };
  }
  return undefined;
}

/** The shared `GET …/models` path answers errors in the shape of whoever is asking. */
function listingProtocol(route: Route, headers: IncomingHttpHeaders): Protocol {
  if (route.handler !== handleModelList) return route.protocol;
  if (headers['anthropic-version']) return 'anthropic';
  if (headers['x-goog-api-key']) return 'gemini';
  return route.protocol;
}
