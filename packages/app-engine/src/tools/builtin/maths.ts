import type { Tool, ToolProvider } from '../types';
import { evaluateExpression, formatNumber } from './expression';

const ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="#7C3AED" stroke-width="2"><rect x="4" y="2" width="16" height="20" rx="2"/><path d="M8 6h8M8 14h.01M12 14h.01M16 14h.01M8 18h.01M12 18h.01M16 18h.01"/></svg>';

const evalExpression: Tool = {
  name: 'eval_expression',
  author: 'Dify',
  label: { en_US: 'Evaluate Math Expression', zh_Hans: '计算数学表达式' },
  description: {
    human: { en_US: 'A tool for evaluating an math expression, calculated locally with NumExpr.', zh_Hans: '一个用于计算数学表达式的工具，表达式将通过NumExpr本地执行。' },
    llm: 'A tool for evaluating an math expression.',
  },
  parameters: [
    {
      name: 'expression',
      type: 'string',
      required: true,
      form: 'llm',
      label: { en_US: 'Math Expression', zh_Hans: '数学计算表达式' },
      human_description: { en_US: 'Math Expression', zh_Hans: '数学计算表达式' },
      llm_description: 'Math Expression',
    },
  ],
  async invoke(args) {
    const expression = typeof args.expression === 'string' ? args.expression : '';
    if (!expression) return 'Invalid expression';
    try {
      return formatNumber(evaluateExpression(expression));
    } catch (error) {
      return `Invalid expression: ${expression}, error: ${error instanceof Error ? error.message : String(error)}`;
    }
  },
};

export const mathsProvider: ToolProvider = {
  name: 'maths',
  type: 'builtin',
  author: 'Dify',
  label: { en_US: 'Maths', zh_Hans: '数学工具' },
  description: { en_US: 'A tool for maths.', zh_Hans: '一个用于数学计算的工具。' },
  icon: ICON,
  labels: ['utilities', 'productivity'],
  tools: [evalExpression],
};
