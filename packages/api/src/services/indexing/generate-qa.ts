import { type AppDeps } from '../../deps';
import { resolveDefaultModelTarget } from '../model-providers/model-resolver';
import { type Chunk, qaPairs } from './chunk-document';

/**
 * The instruction Dify gives its model for Q&A documents: pairs built only from the passage, in
 * the document's language, numbered `Qn:` / `An:` so they can be read back.
 */
export function qaSystemPrompt(language: string): string {
  return `The user will send a long text. Generate question and answer pairs using only the knowledge in that text.
Think step by step:
1. Understand and summarise the main content of the text.
2. Find the key information and concepts it mentions.
3. Break down or combine these pieces of information and concepts.
4. Write questions and answers from them.
The questions must be clear and detailed, and the answers detailed and complete.
Answer in ${language}, in a clear and detailed style, and use no language other than ${language}.
Use exactly this format:
Q1: question
A1: answer
Q2: question
A2: answer`;
}

/**
 * Question and answer pairs for one chunk, from the workspace's default LLM. A model that cannot
 * be called (none configured, a vendor error) throws, which fails the document with that message.
 */
export async function generateQaPairs(deps: AppDeps, scope: { workspaceId: string; datasetId: string }, text: string, language: string): Promise<Chunk[]> {
  const target = await resolveDefaultModelTarget(deps, scope.workspaceId, 'llm');
  const result = await deps.models.invokeLlm({
    target,
    messages: [
      { role: 'system', content: qaSystemPrompt(language || 'English') },
      { role: 'user', content: text },
    ],
    parameters: { temperature: 0.01, max_tokens: 2000 },
    caller: { workspaceId: scope.workspaceId, type: 'indexing', id: scope.datasetId },
  });
  return qaPairs(result.message.content);
}
