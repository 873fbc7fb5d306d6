/**
 * Built-in starting points. Each is a partial model configuration that the studio opens as an
 * unsaved draft on a new app: its author picks a model and publishes.
 */
export interface AppTemplate {
  id: 'support' | 'translator' | 'meeting-notes' | 'research-agent';
  mode: 'chat' | 'completion' | 'agent-chat';
  icon: string;
  icon_background: string;
  config: Record<string, unknown>;
}

const text = (variable: string, label: string, extra: Record<string, unknown> = {}) => ({ 'text-input': { variable, label, required: true, max_length: 48, ...extra } });
const paragraph = (variable: string, label: string) => ({ paragraph: { variable, label, required: true } });
const select = (variable: string, label: string, options: string[]) => ({ select: { variable, label, required: true, options } });

export const APP_TEMPLATES: AppTemplate[] = [
  {
    id: 'support',
    mode: 'chat',
    icon: '💬',
    icon_background: '#E0F2FE',
    config: {
      pre_prompt:
        'You are the customer support assistant of {{company}}. Answer in a {{tone}} tone, in the language the customer writes in. ' +
        'Be brief and concrete. If you do not know an answer, say so and offer to pass the question to a person; never invent policies, prices or dates.',
      user_input_form: [text('company', 'Company'), select('tone', 'Tone', ['friendly', 'formal', 'concise'])],
      opening_statement: 'Hi! How can I help you today?',
      suggested_questions: ['Where is my order?', 'How do I return an item?', 'Can I change my delivery address?'],
      suggested_questions_after_answer: { enabled: true },
    },
  },
  {
    id: 'translator',
    mode: 'completion',
    icon: '🌐',
    icon_background: '#D3F8DF',
    config: {
      pre_prompt:
        'Translate the text below into {{target_language}}. Keep its meaning, tone and formatting (lists, line breaks, Markdown); ' +
        'leave names, code and URLs as they are. Answer with the translation only.\n\n{{text}}',
      user_input_form: [paragraph('text', 'Text'), select('target_language', 'Target language', ['English', 'Simplified Chinese', 'Spanish', 'French', 'German', 'Japanese'])],
      more_like_this: { enabled: true },
    },
  },
  {
    id: 'meeting-notes',
    mode: 'completion',
    icon: '📝',
    icon_background: '#FEF7C3',
    config: {
      pre_prompt:
        'Turn this meeting transcript into notes with three sections: Summary (three sentences at most), Decisions, and Action items ' +
        '(owner, task, due date when one was said). Use only what the transcript says.\n\n{{transcript}}',
      user_input_form: [paragraph('transcript', 'Transcript')],
      more_like_this: { enabled: true },
    },
  },
  {
    id: 'research-agent',
    mode: 'agent-chat',
    icon: '🔍',
    icon_background: '#ECE9FE',
    config: {
      pre_prompt:
        'You are a careful research assistant. Read the web pages the user gives you with the web scraper before answering, check ' +
        'the date when it matters, and cite the pages you used. Say plainly when the sources do not answer the question.',
      agent_mode: {
        enabled: true,
        strategy: 'function_call',
        max_iteration: 5,
        prompt: null,
        tools: [
          { provider_id: 'webscraper', provider_type: 'builtin', provider_name: 'webscraper', tool_name: 'webscraper', tool_label: 'Web Scraper', tool_parameters: {}, enabled: true },
          { provider_id: 'time', provider_type: 'builtin', provider_name: 'time', tool_name: 'current_time', tool_label: 'Current Time', tool_parameters: {}, enabled: true },
        ],
      },
      opening_statement: 'Send me a question and the pages to read, and I will dig in.',
    },
  },
];
