/**
 * Dify's ReAct prompts, word for word: the chat version goes in the system message, the completion version is
 * the whole prompt and ends with "Thought:" for the model to go on from.
 */
const REACT_INTRO = `Respond to the human as helpfully and accurately as possible.

{{instruction}}

You have access to the following tools:

{{tools}}

Use a json blob to specify a tool by providing an action key (tool name) and an action_input key (tool input).
Valid "action" values: "Final Answer" or {{tool_names}}

Provide only ONE action per $JSON_BLOB, as shown:

\`\`\`
{
"action": $TOOL_NAME,
"action_input": $ACTION_INPUT
}
\`\`\`

Follow this format:

Question: input question to answer
Thought: consider previous and subsequent steps
Action:
\`\`\`
$JSON_BLOB
\`\`\`
Observation: action result
... (repeat Thought/Action/Observation N times)
Thought: I know what to respond
Action:
\`\`\`
{
"action": "Final Answer",
"action_input": "Final response to human"
}
\`\`\`

Begin! Reminder to ALWAYS respond with a valid json blob of a single action. Use tools if necessary. Respond directly if appropriate. Format is Action:\`\`\`$JSON_BLOB\`\`\`then Observation:.
`;

export const REACT_CHAT_PROMPT = REACT_INTRO;

export const REACT_COMPLETION_PROMPT = `${REACT_INTRO}{{historic_messages}}
Question: {{query}}
{{agent_scratchpad}}
Thought:`;

/** Fills the ReAct slots in one pass, so text inside a value (an instruction mentioning {{tools}}) stays as it is. */
export function fillReactTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(instruction|tools|tool_names|historic_messages|query|agent_scratchpad)\}\}/g, (whole, key: string) =>
    Object.hasOwn(values, key) ? values[key]! : whole,
  );
}
