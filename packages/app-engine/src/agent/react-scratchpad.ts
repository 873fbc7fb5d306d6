import type { HistoryTurn } from '../memory/history';
import { isRecord } from '../json';

/** One step of ReAct reasoning: what the model thought, the action it took and what it observed. */
export interface ScratchpadUnit {
  thought: string;
  action?: { name: string; input: unknown };
  observation?: string;
  /** Set on the unit that answered. */
  finalAnswer?: string;
}

export function actionText(action: { name: string; input: unknown }): string {
  return JSON.stringify({ action: action.name, action_input: action.input });
}

/** Dify's scratchpad text: Thought / Action / Observation blocks, or "Final Answer: …" for the answer. */
export function formatScratchpad(units: ScratchpadUnit[]): string {
  let text = '';
  for (const unit of units) {
    if (unit.finalAnswer !== undefined) {
      text += `Final Answer: ${unit.finalAnswer}`;
      continue;
    }
    text += `Thought: ${unit.thought}\n\n`;
    if (unit.action) text += `Action: ${actionText(unit.action)}\n\n`;
    if (unit.observation) text += `Observation: ${unit.observation}\n\n`;
  }
  return text;
}

function parse(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? value : {};
  } catch {
    return {};
  }
}

/** An earlier agent turn rewritten as the scratchpad a ReAct model would have produced. */
export function turnScratchpad(turn: HistoryTurn): ScratchpadUnit[] {
  const units: ScratchpadUnit[] = (turn.toolCalls ?? []).flatMap((step) => {
    const name = step.tool.split(';')[0];
    if (!name) return [];
    const observation = parse(step.observation)[name];
    return [
      {
        thought: step.thought || 'I am thinking about how to help you',
        action: { name, input: parse(step.toolInput)[name] ?? {} },
        observation: typeof observation === 'string' ? observation : step.observation,
      },
    ];
  });
  units.push({ thought: turn.answer, finalAnswer: turn.answer });
  return units;
}
